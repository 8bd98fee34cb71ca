package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/qwenkit/qwenkit/memory"
	"github.com/qwenkit/qwenkit/runtime/tokenizer"
)

// memoryCommand reads and writes a conversation-memory file.
var memoryCommand = command{
	summary: "conversation memory in a SQLite file: list, show, search, export, import, add-doc (--db FILE)",
	run:     runMemory,
}

const memoryUsage = `usage: qwenkit memory SUBCOMMAND --db FILE [flags]

  list     [--limit N]                        sessions, newest first
  show     --session ID                       a session's messages
  search   [--session ID] [--limit N] QUERY   best matches as JSON lines
  export   --session ID                       a session's messages as JSON lines
  import   [--session ID] [--title T] < FILE  a new session from export lines
  add-doc  --name NAME < TEXT                 store and index a document`

func runMemory(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(stdout, memoryUsage)
		return nil
	}
	sub := args[0]
	switch sub {
	case "list", "show", "search", "export", "import", "add-doc":
	default:
		fmt.Fprintln(stderr, memoryUsage)
		return &exitError{2, fmt.Errorf("memory: unknown subcommand %q", sub)}
	}
	fs := flag.NewFlagSet("memory "+sub, flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "", "the memory file (created if missing)")
	session := fs.String("session", "", "a session ID")
	limit := fs.Int("limit", 0, "how many results (0: all sessions, 10 hits)")
	title := fs.String("title", "", "the imported session's title")
	name := fs.String("name", "", "the document's name")
	fs.Usage = func() { fmt.Fprintln(stderr, memoryUsage) }
	if err := fs.Parse(args[1:]); err != nil {
		return &exitError{2, err}
	}
	usage := func(msg string) error {
		fs.Usage()
		return &exitError{2, fmt.Errorf("memory %s: %s", sub, msg)}
	}
	if *db == "" {
		return usage("--db FILE is required")
	}
	if (sub == "show" || sub == "export") && *session == "" {
		return usage("--session ID is required")
	}
	if sub == "add-doc" && *name == "" {
		return usage("--name NAME is required")
	}
	if sub == "search" && fs.NArg() == 0 {
		return usage("a QUERY is required")
	}
	if sub != "search" && fs.NArg() != 0 {
		return usage(fmt.Sprintf("unexpected argument %q", fs.Arg(0)))
	}

	ctx := context.Background()
	var opts []memory.Option
	if sub == "import" || sub == "add-doc" {
		// Token counts are stored with what is written: Qwen2.5's.
		tok, err := tokenizer.Qwen25()
		if err != nil {
			return err
		}
		opts = append(opts, memory.WithCounter(tok))
	}
	s, err := memory.Open(ctx, *db, opts...)
	if err != nil {
		return err
	}
	defer s.Close()
	w := bufio.NewWriter(stdout)
	defer w.Flush()

	switch sub {
	case "list":
		list, err := s.Sessions(ctx, memory.SessionQuery{Limit: *limit})
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%-24s %-20s %8s  %s\n", "ID", "CREATED", "MESSAGES", "TITLE")
		for _, ss := range list {
			fmt.Fprintf(w, "%-24s %-20s %8d  %s\n", ss.ID, ss.Created.UTC().Format(time.DateTime), ss.Messages, ss.Title)
		}
	case "show":
		h, err := s.History(ctx, *session, memory.HistoryQuery{})
		if err != nil {
			return err
		}
		for _, e := range h {
			writeEntry(w, e)
		}
	case "search":
		hits, err := s.Search(ctx, strings.Join(fs.Args(), " "), memory.SearchQuery{Session: *session, Limit: *limit})
		if err != nil {
			return err
		}
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, h := range hits {
			if err := enc.Encode(h); err != nil {
				return err
			}
		}
	case "export":
		return s.Export(ctx, *session, w)
	case "import":
		ss, err := s.Import(ctx, stdin, memory.NewSession{ID: *session, Title: *title})
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%s: %d messages\n", ss.ID, ss.Messages)
	case "add-doc":
		text, err := io.ReadAll(stdin)
		if err != nil {
			return fmt.Errorf("read the document from stdin: %w", err)
		}
		if len(text) == 0 {
			return errors.New("memory add-doc: the document on stdin is empty")
		}
		d, err := s.AddDocument(ctx, *name, string(text))
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%s: %d chunks, %d tokens\n", d.Name, d.Chunks, d.Tokens)
	}
	return nil
}

// writeEntry prints one message for reading.
func writeEntry(w io.Writer, e memory.Entry) {
	who := string(e.Role)
	if e.Name != "" {
		who += " (" + e.Name + ")"
	}
	if e.ToolCallID != "" {
		who += " [" + e.ToolCallID + "]"
	}
	fmt.Fprintf(w, "#%d %s %s:\n", e.Seq, e.Time.UTC().Format(time.DateTime), who)
	if e.Content != "" {
		fmt.Fprintf(w, "  %s\n", strings.ReplaceAll(e.Content, "\n", "\n  "))
	}
	for _, c := range e.ToolCalls {
		fmt.Fprintf(w, "  -> %s(%s)", c.Name, c.Arguments)
		if c.ID != "" {
			fmt.Fprintf(w, " [%s]", c.ID)
		}
		fmt.Fprintln(w)
	}
}
