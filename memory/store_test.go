package memory

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/runtime/tokenizer"
)

var (
	qwenOnce sync.Once
	qwenTok  *tokenizer.Tokenizer
	qwenErr  error
)

// qwen returns Qwen2.5's tokenizer, shared by the tests.
func qwen(t testing.TB) *tokenizer.Tokenizer {
	qwenOnce.Do(func() { qwenTok, qwenErr = tokenizer.Qwen25() })
	if qwenErr != nil {
		t.Fatal(qwenErr)
	}
	return qwenTok
}

func openTemp(t testing.TB, opts ...Option) *SQLite {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "memory.db"), opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func mustSession(t testing.TB, s Store, id string) Session {
	t.Helper()
	ss, err := s.CreateSession(context.Background(), NewSession{ID: id, Title: "t " + id})
	if err != nil {
		t.Fatal(err)
	}
	return ss
}

func mustAppend(t testing.TB, s Store, session string, msgs ...chat.Message) []Entry {
	t.Helper()
	es, err := s.Append(context.Background(), session, msgs...)
	if err != nil {
		t.Fatal(err)
	}
	return es
}

func messagesOf(es []Entry) []chat.Message {
	out := make([]chat.Message, len(es))
	for i, e := range es {
		out[i] = e.Message
	}
	return out
}

func user(s string) chat.Message      { return chat.Message{Role: chat.User, Content: s} }
func assistant(s string) chat.Message { return chat.Message{Role: chat.Assistant, Content: s} }

// step is an assistant call and its result.
func step(id, name, args, result string) []chat.Message {
	return []chat.Message{
		{Role: chat.Assistant, ToolCalls: []chat.ToolCall{{ID: id, Name: name, Arguments: json.RawMessage(args)}}},
		{Role: chat.Tool, ToolCallID: id, Content: result},
	}
}

func TestSessions(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	a, err := s.CreateSession(ctx, NewSession{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.ID) != 16 {
		t.Errorf("random ID %q: want 16 letters", a.ID)
	}
	time.Sleep(time.Millisecond)
	b, err := s.CreateSession(ctx, NewSession{ID: "chat-b", Title: "B", Metadata: map[string]string{"model": "qwen2.5-7b"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.CreateSession(ctx, NewSession{ID: "chat-b"}); !errors.Is(err, ErrExists) {
		t.Errorf("duplicate ID: err = %v, want ErrExists", err)
	}
	for _, bad := range []string{"has space", "tab\there", string([]byte{0xff}), string(make([]byte, 200))} {
		if _, err := s.CreateSession(ctx, NewSession{ID: bad}); !errors.Is(err, ErrInvalid) {
			t.Errorf("ID %q: err = %v, want ErrInvalid", bad, err)
		}
	}
	mustAppend(t, s, b.ID, user("hi"), assistant("hello"))

	got, err := s.Session(ctx, "chat-b")
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != "B" || got.Metadata["model"] != "qwen2.5-7b" || got.Messages != 2 || !got.Created.Equal(b.Created) {
		t.Errorf("Session = %+v, created %+v", got, b)
	}
	list, err := s.Sessions(ctx, SessionQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[0].ID != b.ID || list[1].ID != a.ID {
		t.Fatalf("Sessions = %+v, want b then a (newest first)", list)
	}
	if list, _ := s.Sessions(ctx, SessionQuery{Limit: 1}); len(list) != 1 || list[0].ID != b.ID {
		t.Errorf("Sessions(limit 1) = %+v", list)
	}
	if list, _ := s.Sessions(ctx, SessionQuery{Before: b.Created}); len(list) != 1 || list[0].ID != a.ID {
		t.Errorf("Sessions(before b) = %+v", list)
	}

	if err := s.DeleteSession(ctx, b.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Session(ctx, b.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("after delete: err = %v, want ErrNotFound", err)
	}
	if _, err := s.History(ctx, b.ID, HistoryQuery{}); !errors.Is(err, ErrNotFound) {
		t.Errorf("history after delete: err = %v, want ErrNotFound", err)
	}
	if err := s.DeleteSession(ctx, b.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("second delete: err = %v, want ErrNotFound", err)
	}
	var n int
	if err := s.r.QueryRow(`SELECT (SELECT count(*) FROM messages) + (SELECT count(*) FROM texts) + (SELECT count(*) FROM tool_calls)`).Scan(&n); err != nil || n != 0 {
		t.Errorf("rows left after delete: %d (%v)", n, err)
	}
}

func TestAppendHistory(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	mustSession(t, s, "s")
	var all []chat.Message
	turns := [][]chat.Message{
		{{Role: chat.System, Content: "be brief"}},
		{user("What's the weather in Paris?")},
		step("call_1", "get_weather", `{"city": "Paris",  "unit":"c"}`, `{"temp": 21}`),
		{assistant("21 °C in Paris.")},
		{user("and <b>Tokyo</b> & Osaka?")},
		append(step("c2", "get_weather", `"Tokyo"`, "25"), step("", "get_weather", ` {"city":"Osaka"} `, "24")...),
		{{Role: chat.Assistant, Content: "Tokyo 25, Osaka 24.", Name: "qwen"}},
		{user("thanks")},
	}
	for _, turn := range turns {
		es := mustAppend(t, s, "s", turn...)
		for i, e := range es {
			if e.Seq != len(all)+i || e.ID == 0 || e.Tokens <= 0 || e.Time.IsZero() {
				t.Errorf("entry %+v", e)
			}
		}
		all = append(all, turn...)
	}
	h, err := s.History(ctx, "s", HistoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(messagesOf(h), all) {
		t.Fatalf("history differs:\n got %+v\nwant %+v", messagesOf(h), all)
	}
	// Arguments come back byte for byte.
	if got := string(h[2].ToolCalls[0].Arguments); got != `{"city": "Paris",  "unit":"c"}` {
		t.Errorf("arguments = %q", got)
	}
	last2, err := s.History(ctx, "s", HistoryQuery{LastTurns: 2})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(messagesOf(last2), all[5:]) {
		t.Errorf("last 2 turns = %+v, want from seq 5", messagesOf(last2))
	}
	if h, _ := s.History(ctx, "s", HistoryQuery{LastTurns: 100}); len(h) != len(all) {
		t.Errorf("last 100 turns: %d messages, want all %d", len(h), len(all))
	}
	from, _ := s.History(ctx, "s", HistoryQuery{From: 3, Limit: 2})
	if !reflect.DeepEqual(messagesOf(from), all[3:5]) {
		t.Errorf("from 3 limit 2 = %+v", messagesOf(from))
	}
	if _, err := s.Append(ctx, "nope", user("x")); !errors.Is(err, ErrNotFound) {
		t.Errorf("append to missing session: %v", err)
	}
}

func TestAppendRefusesWholeStep(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	mustSession(t, s, "s")
	mustAppend(t, s, "s", user("q"))
	bad := [][]chat.Message{
		{assistant("ok"), {Role: "robot", Content: "x"}},
		{{Role: chat.Assistant, ToolCalls: []chat.ToolCall{{Name: "f", Arguments: json.RawMessage(`{"a":`)}}}, {Role: chat.Tool, Content: "r"}},
		{{Role: chat.User, Content: "x", ToolCalls: []chat.ToolCall{{Name: "f"}}}},
		{assistant("fine"), {Role: chat.Tool, Content: string([]byte{'a', 0xff})}},
		{{Role: chat.Assistant, ToolCalls: []chat.ToolCall{{Name: ""}}}},
	}
	for i, msgs := range bad {
		if _, err := s.Append(ctx, "s", msgs...); !errors.Is(err, ErrInvalid) {
			t.Errorf("bad step %d: err = %v, want ErrInvalid", i, err)
		}
	}
	h, _ := s.History(ctx, "s", HistoryQuery{})
	if len(h) != 1 {
		t.Errorf("%d messages stored, want only the first", len(h))
	}
}

func TestFork(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	mustSession(t, s, "main")
	mustAppend(t, s, "main", user("plan the trip to Kyoto"), assistant("day one: temples"))
	mustAppend(t, s, "main", step("c", "book", `{"hotel": "Ryokan"}`, "booked")...)
	mustAppend(t, s, "main", user("change to Osaka"), assistant("day one: castle"))
	f, err := s.Fork(ctx, "main", 3, NewSession{ID: "branch", Title: "other way"})
	if err != nil {
		t.Fatal(err)
	}
	if f.Parent != "main" || f.ParentSeq != 3 || f.Messages != 4 {
		t.Errorf("fork = %+v", f)
	}
	mainH, _ := s.History(ctx, "main", HistoryQuery{})
	branchH, _ := s.History(ctx, "branch", HistoryQuery{})
	if !reflect.DeepEqual(messagesOf(branchH), messagesOf(mainH[:4])) {
		t.Fatalf("branch = %+v", messagesOf(branchH))
	}
	for i := range branchH {
		if !branchH[i].Time.Equal(mainH[i].Time) || branchH[i].ID == mainH[i].ID {
			t.Errorf("copy %d: time %v vs %v, id %d vs %d", i, branchH[i].Time, mainH[i].Time, branchH[i].ID, mainH[i].ID)
		}
	}
	mustAppend(t, s, "branch", user("go to Nara instead"))
	if h, _ := s.History(ctx, "main", HistoryQuery{}); len(h) != 6 {
		t.Errorf("main has %d messages after appending to the branch", len(h))
	}
	if err := s.DeleteSession(ctx, "main"); err != nil {
		t.Fatal(err)
	}
	hits, err := s.Search(ctx, "Kyoto", SearchQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || hits[0].Session != "branch" {
		t.Errorf("hits after deleting main = %+v, want the branch's copy only", hits)
	}
	if _, err := s.Fork(ctx, "branch", 99, NewSession{}); !errors.Is(err, ErrNotFound) {
		t.Errorf("fork past the end: %v", err)
	}
}

// rawDB opens the file with plain SQLite, for what the store does not show.
func rawDB(t *testing.T, path string) *sql.DB {
	t.Helper()
	db := openPool("file:"+path, nil, 1)
	t.Cleanup(func() { db.Close() })
	return db
}

func TestPragmas(t *testing.T) {
	for _, c := range []struct {
		opt  []Option
		sync int
	}{{nil, 2}, {[]Option{WithSync(SyncNormal)}, 1}} {
		s := openTemp(t, c.opt...)
		var mode string
		var sync, busy int
		s.w.QueryRow("PRAGMA journal_mode").Scan(&mode)
		s.w.QueryRow("PRAGMA synchronous").Scan(&sync)
		s.w.QueryRow("PRAGMA busy_timeout").Scan(&busy)
		if mode != "wal" || sync != c.sync || busy != 5000 {
			t.Errorf("opts %v: journal_mode %s, synchronous %d, busy_timeout %d", c.opt, mode, sync, busy)
		}
		if _, err := s.r.Exec("DELETE FROM sessions"); err == nil {
			t.Error("a reader connection could write")
		}
	}
}

func TestSchemaVersion(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	mustSession(t, s, "x")
	s.Close()
	db := rawDB(t, path)
	var v int
	db.QueryRow("PRAGMA user_version").Scan(&v)
	if v != SchemaVersion || v != len(migrations) {
		t.Fatalf("user_version = %d, want %d", v, SchemaVersion)
	}
	// Reopening keeps the data and does not migrate again.
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Session(ctx, "x"); err != nil {
		t.Error(err)
	}
	s.Close()

	if _, err := db.Exec("PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	before, _ := os.ReadFile(path)
	_, err = Open(ctx, path)
	if !errors.Is(err, ErrNewerSchema) {
		t.Fatalf("newer file: err = %v, want ErrNewerSchema", err)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("the newer file was changed")
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(path + suffix); err == nil {
			t.Errorf("refusing the file left %s behind", suffix)
		}
	}
}

func TestCounterFingerprint(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	s, err := Open(ctx, path, WithCounter(qwen(t)))
	if err != nil {
		t.Fatal(err)
	}
	if !s.exact {
		t.Error("a new file does not trust its own counter")
	}
	mustSession(t, s, "x")
	es := mustAppend(t, s, "x", user("Hello there, how are you today?"))
	s.Close()
	s, err = Open(ctx, path) // ByteCounter
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.exact {
		t.Fatal("counts made by Qwen's tokenizer trusted by the byte counter")
	}
	h, _ := s.History(ctx, "x", HistoryQuery{})
	if h[0].Tokens != es[0].Tokens || s.tokens(h[0]) == h[0].Tokens {
		t.Errorf("stored %d, recounted %d; want the recount to differ", h[0].Tokens, s.tokens(h[0]))
	}
}
