// rcs-kit's messages in German (every key of the catalogue).
import type { MessageCatalogue } from "../rcs-kit.js";
import type { MessagesApiMessageKey } from "../messages-api-types.js";
declare const de: Required<MessageCatalogue> & { readonly [K in MessagesApiMessageKey]: string };
export default de;
