// The public API. Importing it registers no element: import `@bakertilly/espace-client-auth/define`
// (every element) or one element's entry for that.
export { BtLostPhoneCard } from './components/lost-phone-card/lost-phone-card.js';
export { setLocale, getLocale, resolveLocale, supportedLocales, type BtLocale } from './localization.js';
export {
  parseOpeningHours,
  openingStatus,
  type OpeningStatus,
  type ParsedOpeningHours,
  type TimeRange,
  type WeeklySchedule,
} from './contact/opening-hours.js';
