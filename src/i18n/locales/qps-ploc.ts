// Pseudo-locale (Windows' qps-ploc): generated from en-US, for tests that catch untranslated,
// truncated or overflowing text. Not a product language.
import { enUS, type Catalog } from "./en-US";
import { pseudoCatalog } from "../pseudo";

export const qpsPloc: Catalog = pseudoCatalog(enUS);
