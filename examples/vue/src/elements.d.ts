// The `bt-*` elements in Vue's GlobalComponents, generated from the library's custom-elements.json:
// vue-tsc checks their attributes, properties and events in templates.
import type {} from '@bakertilly/espace-client-auth/vue';
