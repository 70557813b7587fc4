import { atom, type ReadableAtom } from 'nanostores';
import type { SiteDetails } from '../../protocol/sites.js';
import type { SitesApi } from './ports.js';
import { readOrigins, readSiteId, readSiteName, type SiteFieldErrors } from './site-fields.js';
import { firstField, type SaveOutcome } from './site-editor-store.js';
import { fieldOfRefusal } from './site-refusal.js';
import { IDLE_FORM, settle, type FormState } from './settings-store.js';

/** The "Add site" form as typed: origins one per line. */
export interface NewSiteFields {
  id: string;
  name: string;
  allowedOrigins: string;
}

/** The admins' form that adds a site; the new site takes the default branding until edited. */
export interface SiteCreationStore {
  $form: ReadableAtom<FormState>;
  $errors: ReadableAtom<SiteFieldErrors>;
  create(fields: NewSiteFields): Promise<SaveOutcome>;
  /** Forgets the last answer, when the form is closed. */
  reset(): void;
}

interface SiteCreationDependencies {
  api: SitesApi;
  /** The relay stored the new site; the page lists and selects it. */
  onCreated(site: SiteDetails): void;
  onUnauthorized(): void;
}

export function createSiteCreationStore(dependencies: SiteCreationDependencies): SiteCreationStore {
  const $form = atom<FormState>(IDLE_FORM);
  const $errors = atom<SiteFieldErrors>({});

  function refuse(errors: SiteFieldErrors, message: string): SaveOutcome {
    $errors.set(errors);
    $form.set({ isBusy: false, error: message, notice: null });
    return { isSaved: false, field: firstField(errors) };
  }

  async function create(fields: NewSiteFields): Promise<SaveOutcome> {
    if ($form.get().isBusy) return { isSaved: false, field: null };
    const id = readSiteId(fields.id);
    const name = readSiteName(fields.name);
    const origins = readOrigins(fields.allowedOrigins);
    if (!id.ok || !name.ok || !origins.ok) {
      const errors: SiteFieldErrors = {};
      if (!id.ok) errors.id = id.error;
      if (!name.ok) errors.name = name.error;
      if (!origins.ok) errors.allowedOrigins = origins.error;
      return refuse(errors, 'Some fields need fixing before the site can be added.');
    }
    $errors.set({});
    $form.set({ isBusy: true, error: null, notice: null });
    const request = { id: id.value, name: name.value, allowedOrigins: origins.value };
    const outcome = await settle(dependencies.api.create(request), dependencies.onUnauthorized);
    if (!outcome.ok) {
      const field = fieldOfRefusal(outcome.code, outcome.message);
      return refuse(field === null ? {} : { [field]: outcome.message }, outcome.message);
    }
    $form.set({
      isBusy: false,
      error: null,
      notice: `Added ${outcome.value.name}. Brand it below, then paste its snippet into your pages.`,
    });
    dependencies.onCreated(outcome.value);
    return { isSaved: true };
  }

  function reset(): void {
    $form.set(IDLE_FORM);
    $errors.set({});
  }

  return { $form, $errors, create, reset };
}
