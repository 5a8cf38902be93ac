import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, DatePicker, Empty, Input, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { Input as In } from '../../../src-shared/contract/api';
import type { LeadOut } from '../../../src-shared/contract/leads';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import { DownloadButton } from '../../ui/download-button';
import { CourseSelect, SellerSelect, SourceSelect, StatusSelect } from '../../ui/pickers';
import { useRpc } from '../../ui/use-rpc';
import { AssignModal } from './assign.modal';
import { leadColumns } from './leads-columns';
import { EditLeadModal } from './edit-lead.modal';
import { ofType } from '../../ui/live';

const FILTER_KEYS = [
  'q',
  'source',
  'status',
  'sellerId',
  'courseId',
  'createdFrom',
  'createdTo',
  'noNextCall',
  'page',
  'sort',
  'order',
] as const;

type FilterKey = (typeof FILTER_KEYS)[number];
/** How long typing must pause before the list searches. */
const SEARCH_DELAY_MS = 300;

/**
 * "Lidlar": filters live in the address, so Back returns to the same page of the same search. The
 * search runs as you type (once typing pauses) and replaces the address rather than stacking it.
 */
export function LeadsPage() {
  const { t } = useI18n();
  const user = useUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [selected, setSelected] = useState<number[]>([]);
  const [assignIds, setAssignIds] = useState<number[] | null>(null);
  const [editing, setEditing] = useState<LeadOut | null>(null);
  const team = user.role !== 'seller';

  // The box shows what is typed; the address gets it when typing pauses. When the address changes
  // otherwise (Back, the header search, "clear filters") the box follows it.
  // (The router applies an address change a little later, as a transition: so what this page put
  // there itself is remembered, and only a change from elsewhere is copied back into the box.)
  const urlQ = params.get('q') ?? '';
  const [search, setSearch] = useState(urlQ);
  const pushed = useRef(urlQ);
  useEffect(() => {
    if (urlQ === pushed.current) return;
    pushed.current = urlQ;
    setSearch(urlQ);
  }, [urlQ]);
  const typing = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(typing.current), []);

  const get = (k: FilterKey) => params.get(k) ?? undefined;
  const num = (k: FilterKey) => (get(k) ? Number(get(k)) : undefined);
  const sellerParam = get('sellerId');
  type ListIn = NonNullable<In<'leads.list'>>;
  const input: ListIn = {
    page: num('page') ?? 1,
    pageSize: 25,
    q: get('q'),
    source: get('source') as ListIn['source'],
    status: get('status') as ListIn['status'],
    sellerId: sellerParam === 'unassigned' ? 'unassigned' : sellerParam ? Number(sellerParam) : undefined,
    courseId: num('courseId'),
    createdFrom: get('createdFrom'),
    createdTo: get('createdTo'),
    noNextCall: params.has('noNextCall') || undefined,
    sort: (get('sort') as ListIn['sort']) ?? 'createdAt',
    order: (get('order') as 'asc' | 'desc') ?? 'desc',
  };
  // A call done or planned moves a lead in or out of "Keyingi qo'ng'iroqsiz".
  const refreshOn = input.noNextCall ? ofType('lead.changed', 'followup.changed') : ofType('lead.changed');
  const { data, error, loading } = useRpc(() => api.leads.list(input), [params.toString()], refreshOn);

  const setFilter = (patch: Partial<Record<FilterKey, string | number | undefined | null>>, replace = false) => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(patch)) {
          if (v === undefined || v === null || v === '') next.delete(k);
          else next.set(k, String(v));
        }
        if (!('page' in patch)) next.delete('page');
        return next;
      },
      { replace },
    );
    setSelected([]);
  };
  const searchNow = (text: string) => {
    clearTimeout(typing.current);
    const q = text.trim();
    if (q === pushed.current) return;
    pushed.current = q;
    setFilter({ q }, true);
  };
  const clearAll = () => {
    clearTimeout(typing.current);
    setSearch('');
    pushed.current = '';
    setParams(new URLSearchParams());
    setSelected([]);
  };
  // "Excel'ga yuklash": the same filters and order as the list, every page.
  const filtered = FILTER_KEYS.some((k) => k !== 'page' && k !== 'sort' && k !== 'order' && params.has(k));

  return (
    <Card
      title={
        <Space>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('leads.title')}
          </Typography.Title>
          {data && <Typography.Text type="secondary">{t('leads.total', { count: data.total })}</Typography.Text>}
        </Space>
      }
      extra={
        <Space>
          <DownloadButton
            load={() => {
              const { page: _page, pageSize: _pageSize, ...filters } = input;
              return api.leads.export(filters);
            }}
            label={t('imports.exportLeads')}
            title={t('imports.exportLeadsHint')}
            testId="leads-export"
          />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/leads/new')}>
            {t('leads.new')}
          </Button>
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('leads.search')}
          value={search}
          onChange={(e) => {
            const text = e.target.value;
            setSearch(text);
            clearTimeout(typing.current);
            if (!text) searchNow('');
            else typing.current = setTimeout(() => searchNow(text), SEARCH_DELAY_MS);
          }}
          onPressEnter={() => searchNow(search)}
          style={{ width: 280 }}
          data-testid="lead-search"
        />
        <SourceSelect
          allowClear
          placeholder={t('leads.source')}
          value={get('source')}
          onChange={(v) => setFilter({ source: v })}
          style={{ width: 170 }}
        />
        <StatusSelect
          allowClear
          placeholder={t('leads.status')}
          value={get('status')}
          onChange={(v) => setFilter({ status: v })}
          style={{ width: 180 }}
        />
        {team && (
          <SellerSelect<number | string>
            allowClear
            withInactive
            placeholder={t('leads.seller')}
            value={sellerParam === 'unassigned' ? 'unassigned' : input.sellerId}
            extra={[{ value: 'unassigned', label: t('leads.unassigned') }]}
            onChange={(v) => setFilter({ sellerId: v })}
            style={{ width: 200 }}
          />
        )}
        <CourseSelect
          allowClear
          placeholder={t('leads.course')}
          value={input.courseId}
          onChange={(v) => setFilter({ courseId: v })}
          style={{ width: 170 }}
        />
        <Checkbox
          checked={params.has('noNextCall')}
          onChange={(e) => setFilter({ noNextCall: e.target.checked ? 1 : undefined })}
          title={t('leads.noNextCallHint')}
          data-testid="filter-noNextCall"
        >
          {t('leads.noNextCall')}
        </Checkbox>
        <DatePicker.RangePicker
          format="DD.MM.YYYY"
          placeholder={[`${t('leads.createdAt')}: ${t('common.from').toLowerCase()}`, t('common.to').toLowerCase()]}
          style={{ width: 330 }}
          title={t('leads.dateRange')}
          value={input.createdFrom && input.createdTo ? [dayjs(input.createdFrom), dayjs(input.createdTo)] : null}
          onChange={(r) =>
            setFilter({ createdFrom: r?.[0]?.format('YYYY-MM-DD'), createdTo: r?.[1]?.format('YYYY-MM-DD') })
          }
        />
        {filtered && (
          <Button type="link" onClick={clearAll}>
            {t('leads.clearFilters')}
          </Button>
        )}
      </Space>
      {team && selected.length > 0 && (
        <Alert
          type="info"
          style={{ marginBottom: 12 }}
          title={
            <Space>
              {t('fu.selected', { count: selected.length })}
              <Button type="primary" size="small" onClick={() => setAssignIds(selected)}>
                {t('leads.assignSelected', { count: selected.length })}
              </Button>
            </Space>
          }
        />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Table<LeadOut>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data?.items ?? []}
        scroll={{ x: 'max-content' }}
        rowSelection={
          team ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]) } : undefined
        }
        onRow={(lead) => ({ onDoubleClick: () => navigate(`/leads/${lead.id}`) })}
        locale={{ emptyText: <Empty description={t(filtered ? 'leads.emptyFiltered' : 'leads.empty')} /> }}
        pagination={{
          current: input.page,
          pageSize: 25,
          total: data?.total ?? 0,
          showSizeChanger: false,
          onChange: (page) => setFilter({ page }),
        }}
        onChange={(_, __, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          setFilter({
            sort: s.order ? String(s.columnKey) : undefined,
            order: s.order === 'ascend' ? 'asc' : s.order === 'descend' ? 'desc' : undefined,
            page: input.page,
          });
        }}
        columns={leadColumns(t, input, {
          team,
          view: (l) => navigate(`/leads/${l.id}`),
          edit: setEditing,
          assign: (l) => setAssignIds([l.id]),
        })}
      />
      {assignIds && (
        <AssignModal
          leadIds={assignIds}
          onClose={() => setAssignIds(null)}
          onDone={() => {
            setAssignIds(null);
            setSelected([]);
          }}
        />
      )}
      {editing && <EditLeadModal lead={editing} onClose={() => setEditing(null)} onSaved={() => setEditing(null)} />}
    </Card>
  );
}
