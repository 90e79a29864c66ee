/** What a portal does with the elements' events: greet the customer, forget them on sign-out. */
export function greetOnSignIn(greeting: HTMLElement): void {
  document.addEventListener('bt-signed-in', (event) => {
    greeting.textContent = `Bienvenue, ${event.detail.account.name}.`;
    greeting.hidden = false;
  });
  document.addEventListener('bt-signed-out', () => {
    greeting.hidden = true;
  });
}
