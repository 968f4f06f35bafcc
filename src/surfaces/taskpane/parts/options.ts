// A <select>'s options from the model, replaced only when they change (so an open list stays open).
import type { Translate } from "../../../i18n";
import { el } from "../../shared/dom";
import { translateMessage } from "../../shared/messages";
import type { LanguageOptionModel } from "../routes-model";

export function fillOptions(
  select: HTMLSelectElement,
  options: readonly LanguageOptionModel[],
  translate: Translate,
  shown: { key: string },
): void {
  const key = JSON.stringify(options);
  if (key === shown.key) return;
  shown.key = key;
  select.replaceChildren(
    ...options.map((option) =>
      el("option", { value: option.tag }, translateMessage(translate, option.label)),
    ),
  );
}
