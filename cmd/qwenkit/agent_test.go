package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
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
	if code, _, stderr := runCLI("agent", "task"); code != 2 || !strings.Contains(stderr, "--model is required") {
		t.Fatalf("no model: exit %d, %s", code, stderr)
	}
	model := filepath.Join(fixtureModels(t), "tiny-f32.gguf")
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
