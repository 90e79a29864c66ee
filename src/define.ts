// Registers every element of the library.
import './components/lost-phone-card/define.js';
