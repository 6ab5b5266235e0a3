import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";

/** Renders editor-written markdown. Raw HTML is not parsed and the tree is sanitised (GitHub's allow-list). */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="prose-card text-[0.95rem] leading-relaxed">
      <ReactMarkdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeSanitize]}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
