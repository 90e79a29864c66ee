import { greetOnSignIn } from './greeting.js';
import { setUpDemo } from './setup.js';

await setUpDemo();

greetOnSignIn(document.querySelector<HTMLElement>('#greeting')!);
