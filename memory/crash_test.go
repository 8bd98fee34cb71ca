package memory

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/qwenkit/qwenkit/chat"
)

const crashEnv = "QWENKIT_MEMORY_CRASH_CHILD"

// crashTurn is turn k of the crash test: a user message, a tool call, its
// result and the answer, stored by one Append.
func crashTurn(k int) []chat.Message {
	id := fmt.Sprintf("call_%d", k)
	filler := strings.Repeat(fmt.Sprintf("filler%d ", k%97), k%50)
	return []chat.Message{
		user(fmt.Sprintf("turn %d question %s", k, filler)),
		{Role: chat.Assistant, ToolCalls: []chat.ToolCall{{ID: id, Name: "calc", Arguments: []byte(fmt.Sprintf(`{"n": %d}`, k))}}},
		{Role: chat.Tool, ToolCallID: id, Content: strconv.Itoa(k * k)},
		assistant(fmt.Sprintf("turn %d answer %d", k, k*k)),
	}
}

// crashChild appends turns until it is killed, printing "ack K" after each
// Append of turn K returns, and "doc K" after each AddDocument.
func crashChild(path string) {
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(2)
	}
	if _, err := s.CreateSession(ctx, NewSession{ID: "crash"}); err != nil && !errors.Is(err, ErrExists) {
		fmt.Println("error", err)
		os.Exit(2)
	}
	h, err := s.History(ctx, "crash", HistoryQuery{})
	if err != nil {
		fmt.Println("error", err)
		os.Exit(2)
	}
	for k := len(h) / 4; ; k++ {
		if _, err := s.Append(ctx, "crash", crashTurn(k)...); err != nil {
			fmt.Println("error", err)
			os.Exit(2)
		}
		fmt.Printf("ack %d\n", k)
		if k%25 == 0 {
			if _, err := s.AddDocument(ctx, fmt.Sprintf("doc%d", k), strings.Repeat(fmt.Sprintf("Document %d says hello. ", k), 300)); err != nil {
				fmt.Println("error", err)
				os.Exit(2)
			}
			fmt.Printf("doc %d\n", k)
		}
	}
}

// TestCrashRecovery kills a process that is appending, 50 times at random
// moments, with SIGKILL. After each kill the file must open, pass SQLite's
// integrity check, and hold every turn whose Append returned, whole, and
// no part of any other turn.
func TestCrashRecovery(t *testing.T) {
	if path := os.Getenv(crashEnv); path != "" {
		crashChild(path)
		return
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "crash.db")
	r := rand.New(rand.NewSource(time.Now().UnixNano()))
	acked, docs := -1, map[int]bool{}
	start := time.Now()
	for round := range 50 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashRecovery$")
		cmd.Env = append(os.Environ(), crashEnv+"="+path)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := make(chan string)
		go func() {
			sc := bufio.NewScanner(out)
			for sc.Scan() {
				lines <- sc.Text()
			}
			close(lines)
		}()
		// Kill at a random moment once the child is appending.
		var kill <-chan time.Time
		firstAck := time.After(10 * time.Second)
	read:
		for {
			select {
			case line, ok := <-lines:
				if !ok {
					break read
				}
				var k int
				switch {
				case strings.HasPrefix(line, "ack "):
					k, _ = strconv.Atoi(line[4:])
					if k != acked+1 {
						t.Fatalf("round %d: ack %d after %d", round, k, acked)
					}
					acked = k
					if kill == nil {
						kill = time.After(time.Duration(r.Intn(150)) * time.Millisecond)
					}
				case strings.HasPrefix(line, "doc "):
					k, _ = strconv.Atoi(line[4:])
					docs[k] = true
				default:
					t.Fatalf("round %d: child says %q", round, line)
				}
			case <-kill:
				cmd.Process.Kill() // SIGKILL
				kill = nil
			case <-firstAck:
				cmd.Process.Kill()
				t.Fatalf("round %d: no turn acknowledged in 10 s", round)
			}
		}
		cmd.Wait()

		s, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("round %d: open after kill: %v", round, err)
		}
		if err := s.Check(ctx); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		h, err := s.History(ctx, "crash", HistoryQuery{})
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		if len(h)%4 != 0 {
			t.Fatalf("round %d: %d messages: a turn was stored in part", round, len(h))
		}
		if len(h)/4 < acked+1 {
			t.Fatalf("round %d: %d turns stored, %d acknowledged", round, len(h)/4, acked+1)
		}
		for k := range len(h) / 4 {
			if got := messagesOf(h[4*k : 4*k+4]); !reflect.DeepEqual(got, crashTurn(k)) {
				t.Fatalf("round %d: turn %d is %+v", round, k, got)
			}
		}
		acked = len(h)/4 - 1 // a turn committed but not yet acknowledged counts too
		for k := range docs {
			if cs, err := s.Chunks(ctx, fmt.Sprintf("doc%d", k)); err != nil || len(cs) == 0 || !strings.HasPrefix(cs[0].Text, fmt.Sprintf("Document %d says", k)) {
				t.Fatalf("round %d: acknowledged document %d: %v", round, k, err)
			}
		}
		hits, err := s.Search(ctx, fmt.Sprintf("turn %d answer %d", acked, acked*acked), SearchQuery{Limit: 3})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, h := range hits {
			found = found || h.Seq == 4*acked+3
		}
		if !found {
			t.Fatalf("round %d: search for the last answer: %+v", round, hits)
		}
		s.Close()
	}
	t.Logf("50 kills in %v; %d turns, %d documents acknowledged", time.Since(start).Round(time.Millisecond), acked+1, len(docs))
}
