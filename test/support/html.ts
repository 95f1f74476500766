/** Reading a page as a person would: its visible text, tags removed and entities decoded. */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: "\u00a0" };

export function visibleText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name]!)
    .replace(/\s+/g, " ");
}

export async function pageText(response: Response): Promise<string> {
  return visibleText(await response.text());
}

/** The text a page's textarea holds (its id), decoded, or undefined when the page has none. */
export function textareaText(html: string, id: string): string | undefined {
  const match = new RegExp(`<textarea[^>]*\\bid="${id}"[^>]*>([\\s\\S]*?)</textarea>`).exec(html);
  return match ? match[1]!.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name]!) : undefined;
}
