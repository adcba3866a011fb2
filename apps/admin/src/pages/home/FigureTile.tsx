import { Link } from 'react-router';
import styles from './home.module.css';

export interface Figure {
  label: string;
  /** Already formatted for the reader: 6,000 or 58 万元. */
  value: string;
  unit?: string;
  /** The list behind the figure. */
  to?: string;
  color?: string;
}

/**
 * A figure of the dashboard as a tile, set out as Ant Design's Statistic sets it out (without
 * its code); with `to`, a link to the list behind it.
 */
export function FigureTile({ label, value, unit, to, color }: Figure) {
  const content = (
    <>
      <div className={styles.figureLabel}>{label}</div>
      <div className={styles.figureValue} style={color ? { color } : undefined}>
        {value}
        {unit && <span className={styles.figureUnit}>{unit}</span>}
      </div>
    </>
  );
  return to ? (
    <Link to={to} className={styles.tile}>
      {content}
    </Link>
  ) : (
    <div className={styles.tile}>{content}</div>
  );
}

/**
 * Tiles of equal height in a grid: `perRow` to a row from tablets up, two on a phone. A CSS
 * grid, not Ant Design's Row and Col, which watch the screen's width once per grid.
 */
export function FigureGrid({ figures, perRow = 3 }: { figures: Figure[]; perRow?: 2 | 3 }) {
  return (
    <div className={perRow === 3 ? styles.figureGrid3 : styles.figureGrid2}>
      {figures.map((figure) => (
        <FigureTile key={figure.label} {...figure} />
      ))}
    </div>
  );
}
