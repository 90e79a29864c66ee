import { setUpDemo } from './setup.js';

// The demo pages other than the portal: set up, nothing more.
await setUpDemo();
