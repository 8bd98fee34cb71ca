// Command assistant is a chat assistant that remembers: every exchange is
// stored in a SQLite file, so the next run (even after a crash) goes on with
// the whole conversation, and the model can search it and read stored
// documents with the search_memory and read_document tools.
//
//	go run ./examples/assistant --model qwen2.5-7b-instruct-q4_k_m.gguf "My name is Ada."
//	go run ./examples/assistant --model qwen2.5-7b-instruct-q4_k_m.gguf "What is my name?"
//	go run ./examples/assistant --doc handbook.txt "What does the handbook say about holidays?"
//
// Without --model it runs on qwenkit's built-in default model, a tiny
// random-weight model: its replies are nonsense, but the memory works.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/qwenkit/qwenkit/agent"
	"github.com/qwenkit/qwenkit/memory"
	"github.com/qwenkit/qwenkit/sdk"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "assistant:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("assistant", flag.ContinueOnError)
	fs.SetOutput(stderr)
	model := fs.String("model", "", "a Qwen2.5 instruct model (GGUF file or Hugging Face folder); default: the built-in tiny model")
	db := fs.String("db", "assistant.db", "the memory file (SQLite)")
	session := fs.String("session", "default", "the conversation to continue")
	doc := fs.String("doc", "", "a text file to store as a document before answering")
	maxTokens := fs.Int("max-tokens", 512, "maximum tokens per model call")
	if err := fs.Parse(args); err != nil {
		return err
	}
	message := strings.Join(fs.Args(), " ")
	if message == "" {
		return fmt.Errorf("usage: assistant [--db FILE] [--session ID] [--doc FILE] MESSAGE")
	}
	ctx := context.Background()
	store, err := memory.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	if *doc != "" {
		text, err := os.ReadFile(*doc)
		if err != nil {
			return err
		}
		if _, err := store.AddDocument(ctx, filepath.Base(*doc), string(text)); err != nil {
			return err
		}
	}
	earlier, err := store.History(ctx, *session, memory.HistoryQuery{})
	if err != nil && !errors.Is(err, memory.ErrNotFound) {
		return err
	}
	engine, err := openEngine(*model)
	if err != nil {
		return err
	}
	defer engine.Close()

	res, err := agent.Run(ctx, engine, message,
		agent.WithSystem("You are a helpful assistant with a long memory. Search it when the user refers to earlier conversations or documents."),
		agent.WithMemory(store, *session), // stores every step; offers search_memory and read_document
		agent.WithMaxSteps(4), agent.WithMaxTokens(*maxTokens))
	if errors.Is(err, agent.ErrStepLimit) {
		fmt.Fprintln(stdout, "(stopped: the model kept calling tools)")
		return nil
	}
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, res.Answer)
	fmt.Fprintf(stdout, "(remembered %d earlier messages; %d tool calls)\n", len(earlier), res.ToolCalls)
	return nil
}

// openEngine opens the model at path, or the built-in default model.
func openEngine(path string) (*sdk.Local, error) {
	if path == "" {
		return sdk.OpenDefault()
	}
	return sdk.Open(path)
}
