// Starts the NHS.UK frontend components (header menu, notification banners, ...).
import { initAll } from '/lib/nhsuk/nhsuk-frontend.min.js';

initAll();
