// Progressive enhancement only: GOV.UK Frontend's components (character count, error summary focus,
// notification banner focus). Loaded as a module from 'self' because the content security policy allows
// no inline script; the "supported" class is what GOV.UK's inline snippet would otherwise set.
import { initAll } from '../webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
