import { atom, computed, onMount, type ReadableAtom } from 'nanostores';
import type { SiteBranding, SiteDetails } from '../../protocol/sites.js';
import type { SitesApi } from './ports.js';
import { draftFromSite, previewBranding, readDraft, type SiteDraft } from './site-draft.js';
import type { SiteField, SiteFieldErrors } from './site-fields.js';
import { fieldOfRefusal } from './site-refusal.js';
import { IDLE_FORM, settle, type FormState } from './settings-store.js';

/** How a save ended: stored, or refused with the field to fix first when there is one. */
export type SaveOutcome = { isSaved: true } | { isSaved: false; field: SiteField | null };

/** The selected site's editor: the site as stored, the admin's draft of it, and saving that draft. */
export interface SiteEditorStore {
  /** The site in full; null until the relay answered. */
  $site: ReadableAtom<SiteDetails | null>;
  $loadError: ReadableAtom<string | null>;
  /** The form as typed; null until the site is loaded. */
  $draft: ReadableAtom<SiteDraft | null>;
  /** The branding the live preview draws: the draft's, with defaults for what is not valid yet. */
  $preview: ReadableAtom<SiteBranding | null>;
  /** What to fix before the draft can be saved, by field. */
  $errors: ReadableAtom<SiteFieldErrors>;
  $form: ReadableAtom<FormState>;
  /** Generating the identity secret. */
  $secretForm: ReadableAtom<FormState>;
  /** Changes fields of the draft; each loses its error, since the admin is fixing it. */
  edit(changes: Partial<SiteDraft>): void;
  save(): Promise<SaveOutcome>;
  /** Generates the identity secret, or replaces it: pages signing with the old one fail at once. */
  generateSecret(): Promise<void>;
}

interface SiteEditorDependencies {
  api: SitesApi;
  $siteId: ReadableAtom<string | null>;
  /** The relay stored a change; the sites list shows the new name. */
  onSaved(site: SiteDetails): void;
  onUnauthorized(): void;
}

/** Creates the editor of the site `$siteId` names; it loads while the page shows it. */
export function createSiteEditorStore(dependencies: SiteEditorDependencies): SiteEditorStore {
  const { api, $siteId, onUnauthorized } = dependencies;
  const $site = atom<SiteDetails | null>(null);
  const $loadError = atom<string | null>(null);
  const $draft = atom<SiteDraft | null>(null);
  const $errors = atom<SiteFieldErrors>({});
  const $form = atom<FormState>(IDLE_FORM);
  const $secretForm = atom<FormState>(IDLE_FORM);

  function show(site: SiteDetails | null): void {
    $site.set(site);
    $draft.set(site === null ? null : draftFromSite(site));
    $errors.set({});
  }

  async function load(siteId: string): Promise<void> {
    const outcome = await settle(api.get(siteId), onUnauthorized);
    // An answer for a site the admin has since left is not shown.
    if ($siteId.get() !== siteId) return;
    if (outcome.ok) show(outcome.value);
    else $loadError.set(outcome.message);
  }

  onMount($site, () =>
    $siteId.subscribe((siteId) => {
      show(null);
      $loadError.set(null);
      $form.set(IDLE_FORM);
      $secretForm.set(IDLE_FORM);
      if (siteId !== null) void load(siteId);
    }),
  );

  function edit(changes: Partial<SiteDraft>): void {
    const draft = $draft.get();
    if (draft === null) return;
    $draft.set({ ...draft, ...changes });
    const errors = { ...$errors.get() };
    for (const key of Object.keys(changes)) delete errors[key as SiteField];
    $errors.set(errors);
  }

  async function save(): Promise<SaveOutcome> {
    const site = $site.get();
    const draft = $draft.get();
    if (site === null || draft === null || $form.get().isBusy) return { isSaved: false, field: null };
    const reading = readDraft(draft, site);
    if (!reading.ok) {
      $errors.set(reading.errors);
      $form.set({
        isBusy: false,
        error: 'Some fields need fixing before the site can be saved.',
        notice: null,
      });
      return { isSaved: false, field: firstField(reading.errors) };
    }
    $form.set({ isBusy: true, error: null, notice: null });
    const outcome = await settle(api.update(site.id, reading.request), onUnauthorized);
    if (!outcome.ok) {
      const field = fieldOfRefusal(outcome.code, outcome.message);
      if (field !== null) $errors.set({ [field]: outcome.message });
      $form.set({ isBusy: false, error: outcome.message, notice: null });
      return { isSaved: false, field };
    }
    if ($siteId.get() === site.id) show(outcome.value);
    $form.set({ isBusy: false, error: null, notice: `Saved ${outcome.value.name}.` });
    dependencies.onSaved(outcome.value);
    return { isSaved: true };
  }

  async function generateSecret(): Promise<void> {
    const site = $site.get();
    if (site === null || $secretForm.get().isBusy) return;
    $secretForm.set({ isBusy: true, error: null, notice: null });
    const outcome = await settle(api.generateIdentitySecret(site.id), onUnauthorized);
    if (!outcome.ok) return $secretForm.set({ isBusy: false, error: outcome.message, notice: null });
    const current = $site.get();
    if (current?.id === site.id)
      $site.set({ ...current, identity: { ...current.identity, secret: outcome.value } });
    const notice =
      site.identity.secret === null
        ? 'Secret generated. Copy it to your server.'
        : 'Secret replaced. Hashes made with the old one no longer verify.';
    $secretForm.set({ isBusy: false, error: null, notice });
  }

  return {
    $site,
    $loadError,
    $draft,
    $preview: computed($draft, (draft) => (draft === null ? null : previewBranding(draft))),
    $errors,
    $form,
    $secretForm,
    edit,
    save,
    generateSecret,
  };
}

/** The order the editor shows its fields in, so the focus goes to the first one to fix. */
const FIELD_ORDER: readonly SiteField[] = [
  'id',
  'name',
  'allowedOrigins',
  'assistantName',
  'greeting',
  'accentColor',
  'accentTextColor',
  'logoUrl',
  'suggestedPrompts',
  'isIdentityRequired',
  'botUrl',
  'botSecret',
  'botTimeoutMs',
];

/** The first field in the form's order that has an error. */
export function firstField(errors: SiteFieldErrors): SiteField | null {
  return FIELD_ORDER.find((field) => errors[field] !== undefined) ?? null;
}
