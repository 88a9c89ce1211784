/**
 * The projector's dialog page: opened by the pane with Office's dialog API, it shows the board the pane
 * sends after every entry, in large type, light or dark. Keys typed here go back to the pane's ballot
 * entry, so the tellers can keep typing when this window has the focus. No Fluent UI: a small page that
 * loads fast on the projector's computer.
 */
import { useEffect, useState, type CSSProperties } from 'react';
import { createRoot } from 'react-dom/client';
import { connectToPane, whenOfficeReady } from '../excel/projector-dialog';
import type { BoardModel } from '../domain/votes/tally/board';
import {
  BOARD_COLOURS,
  boardButtonStyle,
  ProjectorBoard,
  type BoardTheme,
} from '../taskpane/panels/meeting/projector/ProjectorBoard';
import { useProjectorTheme } from '../taskpane/panels/meeting/projector/theme';

const NOT_IN_OFFICE = 'Trang này chỉ mở được từ ngăn Thi Đua trong Excel (nút "Chiếu ra màn hình thứ hai").';
const WAITING = 'Đang chờ số liệu từ ngăn Thi Đua…';

function ProjectorPage() {
  const [board, setBoard] = useState<BoardModel | null>(null);
  const [failed, setFailed] = useState(false);
  const [theme, setTheme] = useProjectorTheme();

  useEffect(() => {
    let link: ReturnType<typeof connectToPane<BoardModel>> | undefined;
    let keyListener: ((event: KeyboardEvent) => void) | undefined;
    void whenOfficeReady().then((ready) => {
      if (!ready) {
        setFailed(true);
        return;
      }
      link = connectToPane<BoardModel>(setBoard);
      keyListener = (event) => {
        if ((event.target as HTMLElement | null)?.tagName === 'BUTTON' && event.key === 'Enter') return;
        link?.sendKey({
          key: event.key,
          ctrlKey: event.ctrlKey,
          metaKey: event.metaKey,
          altKey: event.altKey,
        });
      };
      document.addEventListener('keydown', keyListener);
    });
    return () => {
      link?.stop();
      if (keyListener) document.removeEventListener('keydown', keyListener);
    };
  }, []);

  const c = BOARD_COLOURS[theme];
  useEffect(() => {
    document.body.style.background = c.background;
    document.body.style.color = c.text;
    if (board) {
      document.documentElement.lang = board.lang;
      document.title = board.labels.title;
    }
  }, [c, board]);

  const other: BoardTheme = theme === 'dark' ? 'light' : 'dark';
  const button = boardButtonStyle(c);
  const message: CSSProperties = { color: c.text, fontSize: '28px', padding: '24px', margin: 0 };
  return (
    <main style={{ background: c.background, minHeight: '100vh' }} data-testid="projector-page">
      <div style={{ display: 'flex', justifyContent: 'flex-end', padding: '8px' }}>
        <button type="button" style={button} onClick={() => setTheme(other)} data-testid="projector-theme">
          {board
            ? other === 'light'
              ? board.labels.light
              : board.labels.dark
            : other === 'light'
              ? 'Nền sáng'
              : 'Nền tối'}
        </button>
      </div>
      {board ? (
        <ProjectorBoard board={board} theme={theme} />
      ) : (
        <p style={message} role="status" data-testid="projector-waiting">
          {failed ? NOT_IN_OFFICE : WAITING}
        </p>
      )}
    </main>
  );
}

const container = document.getElementById('projector-root');
if (container) createRoot(container).render(<ProjectorPage />);
