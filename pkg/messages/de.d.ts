// rcs-kit's messages in German (every key of the catalogue).
import type { MessageCatalogue } from "../rcs-kit.js";
declare const de: Required<MessageCatalogue>;
export default de;
