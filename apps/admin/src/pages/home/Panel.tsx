import { useId, type ReactNode } from 'react';
import styles from './home.module.css';

/**
 * A card of the dashboard, drawn as Ant Design's Card is (its borders, header and padding)
 * without Card's code: Card brings tabs and a skeleton into the first load, and the dashboard's
 * cards need neither. A card with a title is a region named by it.
 */
export function Panel({
  title,
  extra,
  children,
}: {
  title?: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <section className={styles.panel} aria-labelledby={title ? titleId : undefined}>
      {title && (
        <div className={styles.panelHead}>
          <div className={styles.panelTitle} id={titleId}>
            {title}
          </div>
          {extra && <div className={styles.panelExtra}>{extra}</div>}
        </div>
      )}
      <div className={styles.panelBody}>{children}</div>
    </section>
  );
}
