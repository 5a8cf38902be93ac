import { Col, Form, Input, Row } from 'antd';
import { useI18n } from '../../app/i18n';
import type { LeadSource } from '../../../src-shared/domain/lead-status';
import { CourseSelect, SourceSelect } from '../../ui/pickers';

export interface LeadFormValues {
  name: string;
  phone: string;
  extraPhone?: string;
  source: LeadSource;
  courseId?: number;
  notes?: string;
}

/** The lead's own fields, shared by "Yangi Lid" and "Tahrirlash". */
export function LeadFields() {
  const { t } = useI18n();
  const required = [{ required: true, whitespace: true, message: t('field.required') }];
  return (
    <>
      <Form.Item name="name" label={t('leads.name')} rules={required}>
        <Input autoFocus maxLength={120} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="phone" label={t('leads.phone')} rules={required}>
            <Input placeholder="+998 90 123 45 67" inputMode="tel" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="extraPhone" label={t('leads.extraPhone')}>
            <Input placeholder="+998 90 123 45 67" inputMode="tel" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="source" label={t('leads.source')} rules={[{ required: true, message: t('field.required') }]}>
            <SourceSelect />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="courseId" label={t('leads.courseOfInterest')}>
            <CourseSelect allowClear />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="notes" label={t('leads.notes')} extra={t('leads.notesHint')}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
    </>
  );
}
