// Imported first by a test file whose page is English from the start, as a British customer's
// portal is: the elements find `<html lang="en-GB">` when they first connect.
document.documentElement.lang = 'en-GB';
