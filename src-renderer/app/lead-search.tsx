import { SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import type { LeadOut } from '../../src-shared/contract/leads';
import { api } from '../api/client';
import { formatPhone } from '../ui/format';
import { StatusTag } from '../ui/lead-tags';
import { useDebounced } from '../ui/use-debounced';
import { useI18n } from './i18n';

/** How many matches the header shows; the rest are a click away in the list. */
const SHOWN = 8;
const LEAD = 'lead:';
const ALL = 'all:';

interface Found {
  q: string;
  items: LeadOut[];
  total: number;
}

/**
 * The header's lead search (name or phone, as the list searches): matches appear as you type,
 * Enter or a click opens the lead; Enter with nothing to pick opens the list searched for it.
 */
export function HeaderLeadSearch({ width }: { width: number }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  // Leaving the page (by the search or otherwise) leaves the search behind too.
  const { pathname } = useLocation();
  const [searchedOn, setSearchedOn] = useState(pathname);
  if (pathname !== searchedOn) {
    setSearchedOn(pathname);
    setText('');
  }
  const q = useDebounced(text.trim(), 250);
  const [found, setFound] = useState<Found | null>(null);

  useEffect(() => {
    if (!q) {
      setFound(null);
      return;
    }
    let current = true;
    api.leads
      .list({ q, pageSize: SHOWN })
      .then((r) => current && setFound({ q, items: r.items, total: r.total }))
      .catch(() => current && setFound({ q, items: [], total: 0 }));
    return () => {
      current = false;
    };
  }, [q]);

  const openList = (query: string) => {
    setText('');
    navigate(`/leads?q=${encodeURIComponent(query)}`);
  };
  const fresh = found && found.q === text.trim() ? found : null;
  const options = fresh
    ? [
        ...fresh.items.map((l) => ({
          value: `${LEAD}${l.id}`,
          label: (
            <div style={{ display: 'flex', gap: 8, alignItems: 'center', minWidth: 0 }}>
              <Typography.Text ellipsis style={{ flex: 1, minWidth: 0 }}>
                {l.name}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                {formatPhone(l.phone)}
              </Typography.Text>
              <StatusTag status={l.status} />
            </div>
          ),
        })),
        ...(fresh.total > fresh.items.length
          ? [
              {
                value: `${ALL}${fresh.q}`,
                label: <Typography.Link>{t('leads.quickSearchAll', { count: fresh.total })}</Typography.Link>,
              },
            ]
          : []),
      ]
    : [];

  return (
    <AutoComplete
      value={text}
      onChange={(v: string) => setText(v.startsWith(LEAD) || v.startsWith(ALL) ? text : v)}
      options={options}
      showSearch={{ filterOption: false }}
      // Enter opens the first match without reaching for the arrow keys.
      defaultActiveFirstOption
      onSelect={(v: string) => {
        if (v.startsWith(LEAD)) {
          setText('');
          navigate(`/leads/${v.slice(LEAD.length)}`);
        } else openList(v.slice(ALL.length));
      }}
      // Enter with no match to pick (or before the matches came): the list, searched for it.
      onInputKeyDown={(e) => {
        if (e.key === 'Enter' && text.trim() && !options.length) openList(text.trim());
      }}
      notFoundContent={fresh && !fresh.items.length ? t('leads.quickSearchNone') : null}
      allowClear
      prefix={<SearchOutlined />}
      placeholder={t('leads.quickSearch')}
      aria-label={t('leads.quickSearchHint')}
      title={t('leads.quickSearchHint')}
      popupMatchSelectWidth={420}
      style={{ width }}
      data-testid="header-search"
    />
  );
}
