import type { HTMLAttributes } from "react";

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** A heading whose level is given by where its component is placed (a panel, or a section of the review). */
export function Heading({ level, ...props }: { level: HeadingLevel } & HTMLAttributes<HTMLHeadingElement>) {
  const Tag = `h${level}` as const;
  return <Tag {...props} />;
}

/** The level under a heading of `level` (capped at 6). */
export function below(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}
