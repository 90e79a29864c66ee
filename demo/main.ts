import { setUpDemo } from './setup.js';

await setUpDemo();

// What a portal does with the events: greet the customer, forget them on sign-out.
const greeting = document.querySelector<HTMLElement>('#greeting')!;
document.addEventListener('bt-signed-in', (event) => {
  greeting.textContent = `Bienvenue, ${event.detail.account.name}.`;
  greeting.hidden = false;
});
document.addEventListener('bt-signed-out', () => {
  greeting.hidden = true;
});
