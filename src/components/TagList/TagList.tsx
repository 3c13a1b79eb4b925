import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useLabelId } from '../../internal/ids.js';
import { Tag } from '../Tag/Tag.js';
import { tagListModel, type TagListContent } from './TagList.model.js';
import * as styles from './TagList.css.js';

export type { TagListItem } from './TagList.model.js';

export interface TagListProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'>, TagListContent {}

/** Renders a `<div>` holding the label and a `<ul>` labelled by it, one `Tag` per item. */
export const TagList = forwardRef<HTMLDivElement, TagListProps>(function TagList(props, ref) {
  const id = useLabelId('bh-tags', props.labelId);
  const model = tagListModel(props);
  if (!model) return null;
  return (
    <div ref={ref} {...model.root}>
      <span className={model.label.className} id={id}>
        {model.label.text}
      </span>
      <ul className={styles.list} aria-labelledby={id}>
        {model.items.map(({ key, label, href, tone }) => (
          <li key={key}>
            <Tag href={href as string} tone={tone as 'neutral'}>
              {label}
            </Tag>
          </li>
        ))}
      </ul>
    </div>
  );
});
