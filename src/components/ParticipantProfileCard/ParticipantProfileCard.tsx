import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { useLabelId } from '../../internal/ids.js';
import { hasContent } from '../../internal/text.js';
import { link } from '../../styles/base.css.js';
import { participantProfileCardModel, type ParticipantProfileCardContent } from './ParticipantProfileCard.model.js';
import * as styles from './ParticipantProfileCard.css.js';

export type { ParticipantProfilePeriod, ParticipantProfilePhoto } from './ParticipantProfileCard.model.js';

export interface ParticipantProfileCardProps extends Omit<ComponentPropsWithoutRef<'article'>, 'children' | 'role'>, ParticipantProfileCardContent {
  /** A short biography, one or two sentences. */
  children?: ReactNode;
}

/**
 * Renders an `<article>` labelled by the person's name, a heading; the facts of the placement are a
 * definition list.
 */
export const ParticipantProfileCard = forwardRef<HTMLElement, ParticipantProfileCardProps>(function ParticipantProfileCard({ children, ...props }, ref) {
  const id = useLabelId('bh-profile', props.headingId);
  const { root, portrait, monogram, heading, nameLang, localName, facts, bio } = participantProfileCardModel(
    props,
    hasContent(children, __DEV__ ? ['ParticipantProfileCard', 'children'] : undefined),
    () => id,
  );
  const Heading = heading?.tag ?? 'h3';
  const name = heading?.honorific ? (
    <>
      {heading.honorific.before}
      <bdi>{heading.name}</bdi>
      {heading.honorific.after}
    </>
  ) : (
    heading?.name
  );

  return (
    <article ref={ref} {...root}>
      <div className={styles.identity}>
        {portrait ? (
          <img className={styles.portrait} src={portrait.src} alt={portrait.alt} loading="lazy" decoding="async" />
        ) : monogram ? (
          <span className={styles.monogram} aria-hidden="true" lang={nameLang}>
            {monogram}
          </span>
        ) : null}
        {heading && (
          <Heading id={heading.id} className={styles.name} lang={nameLang}>
            {heading.href ? (
              <a className={link} href={heading.href}>
                {name}
              </a>
            ) : (
              name
            )}
          </Heading>
        )}
        {localName && (
          <p className={styles.localName} lang={localName.lang}>
            {localName.text}
          </p>
        )}
      </div>
      {facts[0] && (
        <dl>
          {facts.map(({ key, label, value }) => (
            <div key={key} className={styles.fact}>
              <dt className={styles.factLabel}>{label}</dt>
              <dd>{value.map((segment, index) => (typeof segment === 'string' ? segment : <time key={index} dateTime={segment.dateTime}>{segment.text}</time>))}</dd>
            </div>
          ))}
        </dl>
      )}
      {bio && <div className={styles.bio}>{children}</div>}
    </article>
  );
});
