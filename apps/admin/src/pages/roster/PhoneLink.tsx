import { Button } from 'antd';
import { PhoneOutlined } from '@ant-design/icons';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { touchLink } from '../../components/ListCards';
import { usePersonalDataReveal } from './personal-data';
import './locale';

/**
 * A member's phone on a card. The list shows it masked; whoever may read personal data asks for
 * the number (a look the audit trail records) and then has it as a `tel:` link to call.
 */
export function PhoneLink({ memberId, masked }: { memberId: string; masked: string | null }) {
  const { t } = useI18n();
  const { access } = useViewer();
  const personal = usePersonalDataReveal(memberId);
  if (!masked) return <>—</>;
  const phone = personal.shown?.phone;
  if (phone) {
    return (
      <a href={`tel:${phone.replace(/[^\d+]/g, '')}`} style={touchLink}>
        <PhoneOutlined style={{ marginInlineEnd: 6 }} />
        {phone}
      </a>
    );
  }
  if (!access.canReadPersonalData) return <>{masked}</>;
  return (
    <Button
      type="link"
      icon={<PhoneOutlined />}
      loading={personal.loading}
      onClick={() => void personal.reveal()}
      aria-label={t('roster.card.showPhone', { phone: masked })}
      style={{ paddingInline: 0 }}
    >
      {masked}
    </Button>
  );
}
