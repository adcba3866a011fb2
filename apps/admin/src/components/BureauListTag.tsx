import { Tag } from 'antd';
import { useI18n } from '../app/i18n';
import { useBureau } from './useBureauScope';

/**
 * The bureau a list is narrowed to (picked on the dashboard), as a tag: closing it shows the
 * viewer's whole reach again. Nothing until its name is known, or for one out of reach.
 */
export default function BureauListTag({
  bureauId,
  onClear,
}: {
  bureauId: string | null;
  onClear: () => void;
}) {
  const { t } = useI18n();
  const { bureau } = useBureau(bureauId);
  if (!bureau) return null;
  return (
    <Tag
      color="blue"
      closable
      closeIcon
      onClose={(e) => {
        e.preventDefault();
        onClear();
      }}
      style={{ alignSelf: 'flex-start' }}
    >
      {t('bureau.narrowed', { name: bureau.name })}
    </Tag>
  );
}
