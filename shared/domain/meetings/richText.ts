import { z } from 'zod';

/**
 * Formatted text as the editor (tiptap) keeps it: a tree of nodes with marks. The core turns
 * it into a printed document node by node and never reads it as HTML. Unknown node types are
 * kept as their text, so a newer editor never makes older minutes unreadable.
 */
export interface RichNode {
  type: string;
  attrs?: Record<string, string | number | boolean | null> | undefined;
  content?: RichNode[] | undefined;
  marks?:
    { type: string; attrs?: Record<string, string | number | boolean | null> | undefined }[] | undefined;
  text?: string | undefined;
}

const Attrs = z.record(z.string(), z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]));

export const RichNode: z.ZodType<RichNode> = z.lazy(() =>
  z
    .object({
      type: z.string().min(1).max(40),
      attrs: Attrs.optional(),
      content: z.array(RichNode).max(2000).optional(),
      marks: z
        .array(z.object({ type: z.string().min(1).max(40), attrs: Attrs.optional() }).strict())
        .max(10)
        .optional(),
      text: z.string().max(20_000).optional(),
    })
    .strict(),
);

/** A document: the editor's root node. */
export const RichDoc = z
  .object({ type: z.literal('doc'), content: z.array(RichNode).max(2000) })
  .strict()
  .refine((d) => JSON.stringify(d).length <= 500_000, { message: 'minutes_too_long' });
export type RichDoc = z.infer<typeof RichDoc>;

export const emptyDoc = (): RichDoc => ({ type: 'doc', content: [] });

/** The words of a document, one block a line (search, the calendar's description). */
export function plainText(node: RichNode): string {
  if (node.text !== undefined) return node.text;
  const parts = (node.content ?? []).map(plainText);
  const block = ['doc', 'bulletList', 'orderedList', 'listItem', 'blockquote'].includes(node.type);
  return parts.join(block ? '\n' : '');
}
