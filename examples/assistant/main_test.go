package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/memory"
)

func TestAssistantRemembersAcrossRuns(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "mem.db")
	doc := filepath.Join(dir, "handbook.txt")
	os.WriteFile(doc, []byte("Holidays: 25 days a year."), 0o644)
	var out, errb bytes.Buffer
	if err := run([]string{"--db", db, "--doc", doc, "--max-tokens", "16", "My name is Ada."}, &out, &errb); err != nil {
		t.Fatalf("first run: %v\n%s", err, errb.String())
	}
	if !strings.Contains(out.String(), "(remembered 0 earlier messages") {
		t.Fatalf("first run:\n%s", out.String())
	}
	out.Reset()
	if err := run([]string{"--db", db, "--max-tokens", "16", "What is my name?"}, &out, &errb); err != nil {
		t.Fatalf("second run: %v\n%s", err, errb.String())
	}
	// The second run starts from the first one's stored messages.
	store, err := memory.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	history, err := store.History(context.Background(), "default", memory.HistoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	var users []string
	for _, e := range history {
		if e.Role == chat.User {
			users = append(users, e.Content)
		}
	}
	if len(users) != 2 || users[0] != "My name is Ada." || users[1] != "What is my name?" {
		t.Fatalf("stored user messages %q", users)
	}
	first := 0
	for i, e := range history {
		if e.Content == "What is my name?" {
			first = i
		}
	}
	if !strings.Contains(out.String(), "(remembered ") || strings.Contains(out.String(), "(remembered 0 ") {
		t.Fatalf("second run did not see the first:\n%s", out.String())
	}
	if first < 3 || history[len(history)-1].Role != chat.Assistant {
		t.Fatalf("history %+v", history)
	}
	if docs, _ := store.Documents(context.Background()); len(docs) != 1 || docs[0].Name != "handbook.txt" {
		t.Fatalf("documents %+v", docs)
	}
}
