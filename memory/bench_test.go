package memory

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/qwenkit/qwenkit/chat"
	"golang.org/x/sys/unix"
)

// corpus makes reproducible synthetic conversation text: words drawn from a
// 50,000-word vocabulary with Zipf-distributed frequencies, like natural
// language (the commonest word is in most messages, most words are rare).
type corpus struct {
	r     *rand.Rand
	z     *rand.Zipf
	vocab []string
}

func newCorpus(seed int64) *corpus {
	r := rand.New(rand.NewSource(seed))
	c := &corpus{r: r, z: rand.NewZipf(r, 1.07, 2, 49999)}
	const cons, vow = "bcdfghjklmnprstvwz", "aeiou"
	for i := 1; i <= 50000; i++ {
		var b []byte
		for j := i; j > 0; j /= len(cons) * len(vow) {
			b = append(b, cons[j%len(cons)], vow[(j/len(cons))%len(vow)])
		}
		c.vocab = append(c.vocab, string(b))
	}
	return c
}

func (c *corpus) word() string { return c.vocab[c.z.Uint64()] }

func (c *corpus) text(minWords, maxWords int) string {
	n := minWords + c.r.Intn(maxWords-minWords+1)
	ws := make([]string, n)
	for i := range ws {
		ws[i] = c.word()
	}
	return strings.Join(ws, " ") + "."
}

// turn makes one turn: a user message and the assistant's answer, with a
// tool call and its result one time in ten.
func (c *corpus) turn() []chat.Message {
	msgs := []chat.Message{{Role: chat.User, Content: c.text(5, 40)}}
	if c.r.Intn(10) == 0 {
		id := "call_" + strconv.Itoa(c.r.Int())
		msgs = append(msgs,
			chat.Message{Role: chat.Assistant, ToolCalls: []chat.ToolCall{{ID: id, Name: "search", Arguments: []byte(`{"query": "` + c.word() + " " + c.word() + `"}`)}}},
			chat.Message{Role: chat.Tool, ToolCallID: id, Content: c.text(20, 80)})
	}
	return append(msgs, chat.Message{Role: chat.Assistant, Content: c.text(10, 80)})
}

const benchSessions = 5000

// millionDB returns a store holding QWENKIT_MEMORY_BENCH_N messages
// (default 1,000,000) in benchSessions sessions, building it once, by
// batched transactions, into a file kept in the temp directory for later
// runs.
func millionDB(b *testing.B) (*SQLite, int) {
	n := 1_000_000
	if v := os.Getenv("QWENKIT_MEMORY_BENCH_N"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil {
			b.Fatal(err)
		}
	}
	path := filepath.Join(os.TempDir(), fmt.Sprintf("qwenkit-memory-bench-v%d-%d.db", SchemaVersion, n))
	ctx := context.Background()
	if _, err := os.Stat(path); err != nil {
		tmp := path + ".building"
		os.Remove(tmp)
		os.Remove(tmp + "-wal")
		os.Remove(tmp + "-shm")
		s, err := Open(ctx, tmp, WithSync(SyncNormal))
		if err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		ids := make([]string, benchSessions)
		for i := range ids {
			ss, err := s.CreateSession(ctx, NewSession{ID: fmt.Sprintf("bench-%04d", i), Title: fmt.Sprintf("session %d", i)})
			if err != nil {
				b.Fatal(err)
			}
			ids[i] = ss.ID
		}
		c := newCorpus(1)
		stored := 0
		for stored < n {
			var batch []Turn
			for k := 0; k < 5000 && stored < n; k++ {
				t := c.turn()
				batch = append(batch, Turn{Session: ids[c.r.Intn(len(ids))], Messages: t})
				stored += len(t)
			}
			if err := s.AppendBatch(ctx, batch); err != nil {
				b.Fatal(err)
			}
		}
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		if err := os.Rename(tmp, path); err != nil {
			b.Fatal(err)
		}
		b.Logf("built %s: %d messages in %v", path, stored, time.Since(start).Round(time.Second))
	}
	s, err := Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	return s, n
}

func percentile(ds []time.Duration, p float64) float64 {
	slices.Sort(ds)
	i := int(p * float64(len(ds)-1))
	return float64(ds[i].Microseconds()) / 1000
}

// timer measures one operation's wall time and the CPU time of the
// calling thread, cgo calls into SQLite included (the goroutine is locked to
// its thread); on a busy machine the CPU time shows the cost without the
// waits for a core.
type timer struct {
	wall, cpu []time.Duration
	w0        time.Time
	c0        time.Duration
}

func threadCPU() time.Duration {
	var ru unix.Rusage
	unix.Getrusage(unix.RUSAGE_THREAD, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func (t *timer) start() {
	runtime.LockOSThread()
	t.w0, t.c0 = time.Now(), threadCPU()
}

func (t *timer) stop() {
	t.cpu = append(t.cpu, threadCPU()-t.c0)
	t.wall = append(t.wall, time.Since(t.w0))
	runtime.UnlockOSThread()
}

func (t *timer) report(b *testing.B) {
	if len(t.wall) == 0 {
		return
	}
	b.ReportMetric(percentile(t.wall, 0.50), "p50-ms")
	b.ReportMetric(percentile(t.wall, 0.99), "p99-ms")
	b.ReportMetric(percentile(t.cpu, 0.50), "cpu-p50-ms")
	b.ReportMetric(percentile(t.cpu, 0.99), "cpu-p99-ms")
}

// BenchmarkMillion measures the store at a million messages. It builds the
// database on first use (minutes), so it runs only with -bench:
//
//	go test ./memory -run '^$' -bench Million -benchtime 2000x
func BenchmarkMillion(b *testing.B) {
	s, n := millionDB(b)
	defer s.Close()
	ctx := context.Background()
	c := newCorpus(2)
	session := func() string { return fmt.Sprintf("bench-%04d", c.r.Intn(benchSessions)) }

	b.Run("size", func(b *testing.B) {
		st, err := os.Stat(s.Path())
		if err != nil {
			b.Fatal(err)
		}
		for range b.N {
		}
		b.ReportMetric(float64(st.Size())/float64(n), "bytes/msg")
	})
	b.Run("append-turn", func(b *testing.B) {
		var tm timer
		for range b.N {
			t := c.turn()[:1]
			t = append(t, chat.Message{Role: chat.Assistant, Content: c.text(10, 80)})
			tm.start()
			if _, err := s.Append(ctx, session(), t...); err != nil {
				b.Fatal(err)
			}
			tm.stop()
		}
		tm.report(b)
	})
	// Batches of 100 turns: into one session (an import), and into 100
	// sessions (a bulk load; each session's index partition gets a segment).
	for _, spread := range []int{1, 100} {
		b.Run(fmt.Sprintf("append-batch-100-turns-%d-sessions", spread), func(b *testing.B) {
			for range b.N {
				batch := make([]Turn, 100)
				one := session()
				for i := range batch {
					id := one
					if spread > 1 {
						id = session()
					}
					batch[i] = Turn{Session: id, Messages: []chat.Message{{Role: chat.User, Content: c.text(5, 40)}, {Role: chat.Assistant, Content: c.text(10, 80)}}}
				}
				if err := s.AppendBatch(ctx, batch); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*100), "µs/turn")
		})
	}
	searches := []struct {
		name  string
		query func() string
		q     func() SearchQuery
	}{
		// Two or three words of the kind people search for: not among the
		// 100 commonest.
		{"search-keywords", func() string {
			ws := []string{}
			for len(ws) < 2+c.r.Intn(2) {
				if k := c.z.Uint64(); k > 100 {
					ws = append(ws, c.vocab[k])
				}
			}
			return strings.Join(ws, " ")
		}, func() SearchQuery { return SearchQuery{} }},
		// A whole sentence, common words included, as the context builder
		// searches for a new user turn.
		{"search-sentence", func() string { return c.text(6, 14) }, func() SearchQuery { return SearchQuery{} }},
		{"search-session-sentence", func() string { return c.text(6, 14) }, func() SearchQuery { return SearchQuery{Session: session(), Messages: true, Documents: true} }},
	}
	for _, sc := range searches {
		b.Run(sc.name, func(b *testing.B) {
			var tm timer
			hits := 0
			for range b.N {
				query, q := sc.query(), sc.q()
				tm.start()
				h, err := s.Search(ctx, query, q)
				if err != nil {
					b.Fatal(err)
				}
				tm.stop()
				hits += len(h)
			}
			tm.report(b)
			b.ReportMetric(float64(hits)/float64(b.N), "hits/op")
		})
	}
	b.Run("context-4096", func(b *testing.B) {
		var tm timer
		for range b.N {
			req := ContextRequest{Session: session(), System: "You are a helpful assistant.", User: c.text(6, 14), Budget: 4096, RecallBudget: 1024}
			tm.start()
			out, err := s.Context(ctx, req)
			if err != nil {
				b.Fatal(err)
			}
			tm.stop()
			if out.Tokens > req.Budget {
				b.Fatalf("context of %d tokens over the budget of %d", out.Tokens, req.Budget)
			}
		}
		tm.report(b)
	})
}
