//go:build unix

package agent

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/memory"
	"github.com/qwenkit/qwenkit/tools"
)

// The child process of TestCrossProcessResume runs with these set.
const (
	childEnv = "QWENKIT_AGENT_CRASH_CHILD"
	dbEnv    = "QWENKIT_AGENT_CRASH_DB"
	logEnv   = "QWENKIT_AGENT_CRASH_LOG"
)

// crashScript: three tool steps, then the answer.
func crashScript() []reply {
	return []reply{
		{calls: []chat.ToolCall{call("", "record", `{"key":"step1"}`)}},
		{calls: []chat.ToolCall{call("", "record", `{"key":"step2"}`)}},
		{calls: []chat.ToolCall{call("", "record", `{"key":"step3"}`)}},
		{text: "done"},
	}
}

// recordTool appends each run's key to a log file (one line per run, so
// runs in both processes are counted); with killOn set, the process kills
// itself with SIGKILL while running that key, after logging it.
func recordTool(t *testing.T, logPath, killOn string) *tools.Tool {
	tool, err := tools.New("record", "Records a key.", func(_ context.Context, a struct {
		Key string `json:"key"`
	}) (string, error) {
		f, err := os.OpenFile(logPath, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
		if err != nil {
			return "", err
		}
		fmt.Fprintln(f, a.Key)
		f.Sync()
		f.Close()
		if a.Key == killOn {
			syscall.Kill(os.Getpid(), syscall.SIGKILL) // no deferred function, no flush: a crash
			select {}
		}
		return "ok " + a.Key, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return tool
}

// TestCrossProcessResume runs an agent in a child process that is killed
// in the middle of its second step, then resumes the run from the SQLite
// file in this process: the stored first step is not redone, the lost
// second step is (its result was never stored), and the run completes.
func TestCrossProcessResume(t *testing.T) {
	if os.Getenv(childEnv) == "1" {
		crashChild(t)
		return
	}
	dir := t.TempDir()
	db, logPath := filepath.Join(dir, "agent.db"), filepath.Join(dir, "tool.log")
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrossProcessResume$", "-test.count=1")
	cmd.Env = append(os.Environ(), childEnv+"=1", dbEnv+"="+db, logEnv+"="+logPath)
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Fatalf("child was not killed: %v\n%s", err, out)
	}

	ctx := context.Background()
	store, err := memory.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	stored, err := store.History(ctx, "run", memory.HistoryQuery{})
	if err != nil || len(stored) != 3 { // task, step 1's call and result
		t.Fatalf("after the crash the store holds %d messages (%v)", len(stored), err)
	}
	e := &scripted{script: crashScript()}
	res, err := Resume(ctx, e, WithStore(NewMemory(store), "run"), WithTools(recordTool(t, logPath, "")))
	if err != nil {
		t.Fatal(err)
	}
	if res.Answer != "done" || len(e.requests()) != 3 {
		t.Fatalf("resume: answer %q after %d model calls", res.Answer, len(e.requests()))
	}
	log, _ := os.ReadFile(logPath)
	if got := strings.Fields(string(log)); strings.Join(got, " ") != "step1 step2 step2 step3" {
		t.Fatalf("tool runs %v, want step1 once (stored), step2 twice (lost in the crash), step3 once", got)
	}
	all, _ := store.History(ctx, "run", memory.HistoryQuery{})
	if len(all) != 8 || all[7].Content != "done" {
		t.Fatalf("final history has %d messages", len(all))
	}
}

func crashChild(t *testing.T) {
	ctx := context.Background()
	store, err := memory.Open(ctx, os.Getenv(dbEnv))
	if err != nil {
		t.Fatal(err)
	}
	_, err = Run(ctx, &scripted{script: crashScript()}, "record three keys",
		WithStore(NewMemory(store), "run"), WithTools(recordTool(t, os.Getenv(logEnv), "step2")))
	t.Fatalf("the child was not killed: %v", err)
}
