package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/qwenkit/qwenkit/memory"
)

func TestAgentCommand(t *testing.T) {
	model := filepath.Join(fixtureModels(t), "tiny-f32.gguf")
	code, stdout, stderr := runCLI("agent", "--model", model, "--max-tokens", "6", "--context", "2048", "--json", "say", "hi")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	var kinds []string
	var final agentEvent
	for _, l := range lines {
		var ev agentEvent
		if err := json.Unmarshal([]byte(l), &ev); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		kinds = append(kinds, ev.Kind)
		final = ev
	}
	// The random tiny model writes at most 6 tokens of text, so the run is
	// one step: text (maybe), then the step, then the answer.
	if final.Kind != "final_answer" || final.Steps != 1 || kinds[len(kinds)-2] != "step_finished" {
		t.Fatalf("events %v, last %+v", kinds, final)
	}
	var text strings.Builder
	for _, l := range lines {
		var ev agentEvent
		json.Unmarshal([]byte(l), &ev)
		if ev.Kind == "text" {
			text.WriteString(ev.Text)
		}
		if ev.Kind == "step_finished" && (ev.Usage == nil || ev.Usage.PromptTokens == 0 || ev.Usage.CompletionTokens == 0 || ev.Usage.CompletionTokens > 6) {
			t.Fatalf("usage %+v", ev.Usage)
		}
	}
	if text.String() != final.Text {
		t.Fatalf("deltas %q do not add up to the answer %q", text.String(), final.Text)
	}
}

func TestAgentCommandErrors(t *testing.T) {
	model := filepath.Join(fixtureModels(t), "tiny-f32.gguf")
	if code, _, stderr := runCLI("agent", "--resume", "x"); code != 2 || !strings.Contains(stderr, "--resume needs --db") {
		t.Fatalf("resume without db: exit %d, %s", code, stderr)
	}
	if code, _, stderr := runCLI("agent", "--db", "x.db", "--resume", "task"); code != 2 || !strings.Contains(stderr, "takes no task") {
		t.Fatalf("resume with a task: exit %d, %s", code, stderr)
	}
	if code, _, stderr := runCLI("agent", "--model", model); code != 2 || !strings.Contains(stderr, "no task") {
		t.Fatalf("no task: exit %d, %s", code, stderr)
	}
	missing := filepath.Join(t.TempDir(), "missing.gguf")
	if code, _, stderr := runCLI("agent", "--model", missing, "task"); code != 1 || !strings.Contains(stderr, "missing.gguf") {
		t.Fatalf("missing model: exit %d, %s", code, stderr)
	}
	if code, _, _ := runCLI("agent", "--model", model, "--max-steps", "0", "x"); code != 1 {
		t.Fatalf("max-steps 0: exit %d", code)
	}
}

// TestAgentCommandMemory runs the command twice on one memory file with the
// built-in default model, then resumes the finished session.
func TestAgentCommandMemory(t *testing.T) {
	db := filepath.Join(t.TempDir(), "agent.db")
	for _, task := range []string{"first task", "second task"} {
		if code, _, stderr := runCLI("agent", "--db", db, "--session", "s1", "--max-tokens", "8", "--json", task); code != 0 {
			t.Fatalf("%s: exit %d: %s", task, code, stderr)
		}
	}
	code, stdout, stderr := runCLI("agent", "--db", db, "--session", "s1", "--resume", "--json")
	if code != 0 {
		t.Fatalf("resume: exit %d: %s", code, stderr)
	}
	var ev agentEvent
	if err := json.Unmarshal([]byte(strings.TrimSpace(stdout)), &ev); err != nil || ev.Kind != "final_answer" || ev.Steps != 0 {
		t.Fatalf("resume of a finished run printed %q (%v)", stdout, err)
	}
	st, err := memory.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	h, err := st.History(context.Background(), "s1", memory.HistoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	var users []string
	for _, e := range h {
		if e.Role == "user" {
			users = append(users, e.Content)
		}
	}
	if strings.Join(users, "|") != "first task|second task" || h[len(h)-1].Content != ev.Text {
		t.Fatalf("stored %d messages, users %q", len(h), users)
	}
}

// TestAgentInteractive: with --interactive each input line is a task of the
// same conversation: two answers come out, and the stored session holds both
// tasks in order, the second after the first run's answer.
func TestAgentInteractive(t *testing.T) {
	model := filepath.Join(fixtureModels(t), "tiny-f32.gguf")
	db := filepath.Join(t.TempDir(), "a.db")
	code, stdout, stderr := runCLIInput("first task\n\nsecond task\n", "agent", "--model", model, "--max-tokens", "4",
		"--context", "2048", "--json", "--interactive", "--db", db, "--session", "s")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	finals := 0
	for _, l := range strings.Split(strings.TrimSpace(stdout), "\n") {
		var ev agentEvent
		if err := json.Unmarshal([]byte(l), &ev); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		if ev.Kind == "final_answer" {
			finals++
		}
	}
	if finals != 2 {
		t.Fatalf("%d final answers, want 2:\n%s", finals, stdout)
	}
	store, err := memory.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	hist, err := store.History(context.Background(), "s", memory.HistoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	var users []string
	for _, e := range hist {
		if e.Message.Role == "user" {
			users = append(users, e.Message.Content)
		}
	}
	if len(users) != 2 || users[0] != "first task" || users[1] != "second task" || hist[len(hist)-1].Message.Role != "assistant" {
		t.Fatalf("stored users %q, last role %s", users, hist[len(hist)-1].Message.Role)
	}
}

// TestAgentToolsFlag: --tools names known tools; memory tools need --db.
func TestAgentToolsFlag(t *testing.T) {
	model := filepath.Join(fixtureModels(t), "tiny-f32.gguf")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--tools", "search_memory"}, "needs --db"},
		{[]string{"--tools", "python,shell"}, `unknown tool "shell"`},
	} {
		args := append([]string{"agent", "--model", model}, tc.args...)
		code, _, stderr := runCLI(append(args, "task")...)
		if code != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tc.args, code, stderr, tc.want)
		}
	}
	code, stdout, stderr := runCLI("agent", "--model", model, "--tools", "python", "--max-tokens", "4", "--context", "2048", "--json", "hi")
	if code != 0 || !strings.Contains(stdout, `"final_answer"`) {
		t.Fatalf("--tools python: exit %d, %s %s", code, stdout, stderr)
	}
}
