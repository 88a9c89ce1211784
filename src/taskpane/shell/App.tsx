import { Suspense, lazy, useState, type ReactNode } from 'react';
import {
  Button,
  FluentProvider,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import {
  LanguageContext,
  StringsContext,
  dictionaries,
  saveLanguage,
  type Language,
  type Strings,
} from '../i18n';
import { NAV_ICONS } from './nav-icons';

// The body (workbook reader, rules, panels) is loaded after the shell has painted.
const PaneBody = lazy(() => import(/* webpackChunkName: "pane-body" */ './PaneBody'));

export type PanelId = keyof Strings['nav'];

export interface PanelDefinition {
  id: PanelId;
  render: () => ReactNode;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
    // A finger or an unsteady mouse on a school laptop: every button and box at least 32 px, whatever size
    // a panel asked for.
    '& .fui-Button': { minHeight: '32px', minWidth: '32px' },
    '& .fui-Input, & .fui-Select__select, & .fui-Combobox, & .fui-Dropdown': { minHeight: '32px' },
  },
  header: { padding: '12px 12px 0 12px', display: 'flex', justifyContent: 'space-between', gap: '8px' },
  // Equal tabs, icon above a label that may wrap: one row from 320 px up, never a sideways scroll.
  nav: {
    padding: '4px 2px 0 2px',
    flexWrap: 'nowrap',
    display: 'grid',
    gridAutoFlow: 'column',
    gridAutoColumns: 'minmax(0, 1fr)',
  },
  tab: {
    flexDirection: 'column',
    minWidth: 0,
    minHeight: '48px',
    paddingLeft: '2px',
    paddingRight: '2px',
    gap: '2px',
  },
  tabLabel: {
    whiteSpace: 'normal',
    textAlign: 'center',
    fontSize: tokens.fontSizeBase200,
    lineHeight: '16px',
  },
  body: { padding: '8px 12px 16px 12px', display: 'flex', flexDirection: 'column', gap: '8px' },
});

export interface AppProps {
  language: Language;
  /** Office's theme says dark or light; the pane follows it. */
  dark?: boolean;
  panels: PanelDefinition[];
  initialPanel?: PanelId;
}

export function App({ language: initialLanguage, dark, panels, initialPanel }: AppProps) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const strings = dictionaries[language];
  const switchLanguage = () => {
    const next: Language = language === 'vi' ? 'en' : 'vi';
    saveLanguage(next);
    setLanguage(next);
  };
  const styles = useStyles();
  const [current, setCurrent] = useState<PanelId>(initialPanel ?? panels[0].id);
  const panel = panels.find((p) => p.id === current) ?? panels[0];
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={language}>
      <LanguageContext.Provider value={language}>
        <StringsContext.Provider value={strings}>
          <div className={styles.root}>
            <header className={styles.header}>
              <div>
                <Text as="h1" size={500} weight="semibold">
                  {strings.appTitle}
                </Text>
                <Text as="p" size={200} block>
                  {strings.appSubtitle}
                </Text>
              </div>
              {/* Named in the language it switches to, so a reader of either finds it. */}
              <Button
                appearance="subtle"
                onClick={switchLanguage}
                lang={language === 'vi' ? 'en' : 'vi'}
                aria-label={strings.switchLanguageLabel}
                data-testid="language-switch"
              >
                {strings.switchLanguage}
              </Button>
            </header>
            <TabList
              className={styles.nav}
              selectedValue={current}
              onTabSelect={(_, data) => setCurrent(data.value as PanelId)}
              aria-label={strings.navHint}
              size="small"
            >
              {panels.map((p) => (
                <Tab
                  key={p.id}
                  value={p.id}
                  data-testid={`nav-${p.id}`}
                  className={styles.tab}
                  icon={NAV_ICONS[p.id]}
                  content={{ className: styles.tabLabel, children: strings.nav[p.id] }}
                />
              ))}
            </TabList>
            <Suspense fallback={<Spinner size="small" label={strings.loadingPanel} />}>
              <PaneBody panel={panel} className={styles.body} />
            </Suspense>
          </div>
        </StringsContext.Provider>
      </LanguageContext.Provider>
    </FluentProvider>
  );
}
