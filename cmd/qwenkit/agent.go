package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"iter"
	"os"
	"os/signal"
	"slices"
	"strings"
	"sync"

	"github.com/qwenkit/qwenkit/agent"
	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/memory"
	"github.com/qwenkit/qwenkit/sdk"
	"github.com/qwenkit/qwenkit/tools/python"
)

// agentCommand runs the agent loop on a local model.
var agentCommand = command{
	summary: "run a task through the agent loop (tools, python sandbox, TIR) on a local model",
	run:     runAgent,
}

// agentEvent is one line of --json output.
type agentEvent struct {
	Kind      string     `json:"kind"`
	Step      int        `json:"step,omitempty"`
	Text      string     `json:"text,omitempty"`
	Tool      string     `json:"tool,omitempty"`
	CallID    string     `json:"call_id,omitempty"`
	Arguments string     `json:"arguments,omitempty"`
	Content   string     `json:"content,omitempty"`
	Failed    bool       `json:"failed,omitempty"`
	Code      string     `json:"code,omitempty"`
	Output    string     `json:"output,omitempty"`
	Usage     *sdk.Usage `json:"usage,omitempty"`
	Steps     int        `json:"steps,omitempty"`
	ToolCalls int        `json:"tool_calls,omitempty"`
	Error     string     `json:"error,omitempty"`
}

func runAgent(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("agent", flag.ContinueOnError)
	fs.SetOutput(stderr)
	model := modelFlag(fs, "model: a GGUF file or a Hugging Face folder (default: the built-in tiny model)")
	tok := fs.String("tokenizer", "", "tokenizer file or folder, if not the model's own")
	system := fs.String("system", "", "system prompt")
	usePython := fs.Bool("python", false, "offer the python tool (a Starlark sandbox); the same as --tools python")
	toolList := fs.String("tools", "", "comma-separated tools to offer: python, search_memory, read_document (the last two need --db)")
	interactive := fs.Bool("interactive", false, "read tasks one line at a time and run each in the same conversation (the default when standard input is a terminal and no task is given)")
	tir := fs.Bool("tir", false, "tool-integrated reasoning: run the model's ```python blocks and show their output")
	maxSteps := fs.Int("max-steps", agent.DefaultMaxSteps, "maximum model calls")
	maxTokens := fs.Int("max-tokens", 1024, "maximum tokens per model call")
	ctxLen := fs.Int("context", 0, "context window in tokens (0: the model's)")
	wf := addWeightFlags(fs)
	temp := fs.Float64("temperature", 0, "sampling temperature (0: greedy)")
	seed := fs.Uint64("seed", 0, "sampling seed")
	asJSON := fs.Bool("json", false, "print events as JSON lines instead of text")
	db := fs.String("db", "", "memory file (SQLite): store the run there, offer search_memory and read_document")
	session := fs.String("session", "default", "with --db: the conversation to store the run in")
	resume := fs.Bool("resume", false, "with --db: continue the session's stored run instead of starting a task")
	fs.Usage = func() {
		fmt.Fprintln(stderr, `usage: qwenkit agent [--model FILE] [flags] TASK...
       qwenkit agent [--model FILE] [--db FILE --session ID] [--tools python,search_memory] [--tir]
       qwenkit agent [--model FILE] --db FILE [--session ID] --resume

Without TASK on a terminal (or with --interactive) it is an interactive agent:
each line is a task, run in the same conversation, with tool calls and results
shown as they happen.

Runs TASK (the arguments, or standard input when there are none) through the
agent loop on a local model: the model may call the offered tools, whose
results go back to it, until it answers. Text streams to standard output;
tool calls and results go to standard error. With --json every event is one
JSON line on standard output (kinds: text, tool_call, tool_result,
code_result, step_finished, final_answer, error). With --db every step is
stored before the next model call; --resume continues a run that stopped
(a crash, an interrupt) without redoing its stored steps.`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return &exitError{code: 2, err: err}
	}
	if *resume && *db == "" {
		return &exitError{code: 2, err: fmt.Errorf("--resume needs --db")}
	}
	task := strings.Join(fs.Args(), " ")
	if *resume && task != "" {
		return &exitError{code: 2, err: fmt.Errorf("--resume takes no task")}
	}
	if task == "" && !*resume && !*interactive {
		*interactive = isTerminal(stdin)
	}
	offer, err := parseToolList(*toolList, *usePython, *db != "")
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	if task == "" && !*resume && !*interactive {
		b, err := io.ReadAll(stdin)
		if err != nil {
			return err
		}
		task = strings.TrimSpace(string(b))
	}
	if task == "" && !*resume && !*interactive {
		return &exitError{code: 2, err: fmt.Errorf("no task: give it as arguments or on standard input")}
	}
	engine, err := openEngine(*model, *tok, *ctxLen, *wf, stderr)
	if err != nil {
		return err
	}
	defer engine.Close()

	aopts := []agent.Option{
		agent.WithMaxSteps(*maxSteps), agent.WithMaxTokens(*maxTokens),
		agent.WithSampling(sdk.Sampling{Temperature: *temp, Seed: *seed}),
	}
	if *system != "" {
		aopts = append(aopts, agent.WithSystem(*system))
	}
	if offer["python"] {
		t, err := python.NewTool(python.Options{})
		if err != nil {
			return err
		}
		aopts = append(aopts, agent.WithTools(t))
	}
	if *tir {
		aopts = append(aopts, agent.WithTIR(python.Options{}))
	}
	if *db != "" {
		store, err := memory.Open(context.Background(), *db)
		if err != nil {
			return err
		}
		defer store.Close()
		aopts = append(aopts, agent.WithMemory(store, *session))
	} else if *interactive {
		// Without a memory file the conversation lives in this process.
		aopts = append(aopts, agent.WithStore(&memStore{}, *session))
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if *interactive && !*resume {
		return agentREPL(ctx, engine, aopts, *asJSON, stdin, stdout, stderr)
	}
	events := agent.Stream(ctx, engine, task, aopts...)
	if *resume {
		events = agent.ResumeStream(ctx, engine, aopts...)
	}
	return showAgentEvents(events, *asJSON, stdout, stderr)
}

// agentREPL runs each line of stdin as a task in one conversation until end
// of input or /exit, showing events as they happen. A failed task is
// reported and the loop goes on.
func agentREPL(ctx context.Context, engine sdk.Engine, opts []agent.Option, asJSON bool, stdin io.Reader, stdout, stderr io.Writer) error {
	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	prompt := func() {
		if !asJSON {
			fmt.Fprint(stderr, "> ")
		}
	}
	prompt()
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "/exit":
			return nil
		case line != "":
			if err := showAgentEvents(agent.Stream(ctx, engine, line, opts...), asJSON, stdout, stderr); err != nil {
				if ctx.Err() != nil {
					return err
				}
				fmt.Fprintf(stderr, "qwenkit agent: %v\n", err)
			}
		}
		prompt()
	}
	return sc.Err()
}

// showAgentEvents prints a run's events: text to stdout, tool calls and
// results to stderr (or every event as a JSON line on stdout).
func showAgentEvents(events iter.Seq2[agent.Event, error], asJSON bool, stdout, stderr io.Writer) error {
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	for ev, err := range events {
		if err != nil {
			if asJSON {
				enc.Encode(agentEvent{Kind: "error", Error: err.Error()})
			} else {
				fmt.Fprintln(stdout)
			}
			return err
		}
		if asJSON {
			if err := enc.Encode(toJSONEvent(ev)); err != nil {
				return err
			}
			continue
		}
		switch ev.Kind {
		case agent.TextDelta:
			fmt.Fprint(stdout, ev.Text)
		case agent.ToolCallStarted:
			fmt.Fprintf(stderr, "\n[call %s] %s %s\n", ev.Call.ID, ev.Call.Name, ev.Call.Arguments)
		case agent.ToolResult:
			fmt.Fprintf(stderr, "[result %s] %s\n", ev.Call.ID, clip(ev.Result.Content, 300))
		case agent.CodeResult:
			fmt.Fprintf(stderr, "\n[output]\n%s\n", clip(ev.Output, 2000))
		case agent.FinalAnswer:
			fmt.Fprintln(stdout)
		}
	}
	return nil
}

// parseToolList returns the set of tools named in list (comma-separated),
// plus python when python is set. search_memory and read_document need a
// memory file (they come with --db).
func parseToolList(list string, python, haveDB bool) (map[string]bool, error) {
	offer := map[string]bool{"python": python}
	for _, name := range strings.Split(list, ",") {
		switch name = strings.TrimSpace(name); name {
		case "":
		case "python":
			offer[name] = true
		case "search_memory", "read_document":
			if !haveDB {
				return nil, fmt.Errorf("--tools %s needs --db", name)
			}
			offer[name] = true
		default:
			return nil, fmt.Errorf("--tools: unknown tool %q (known: python, search_memory, read_document)", name)
		}
	}
	return offer, nil
}

// memStore keeps an interactive conversation in memory when no --db is given.
type memStore struct {
	mu   sync.Mutex
	msgs map[string][]chat.Message
}

// Messages returns a copy of the session's messages.
func (m *memStore) Messages(_ context.Context, session string) ([]chat.Message, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return slices.Clone(m.msgs[session]), nil
}

// Append adds msgs to the session.
func (m *memStore) Append(_ context.Context, session string, msgs ...chat.Message) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.msgs == nil {
		m.msgs = map[string][]chat.Message{}
	}
	m.msgs[session] = append(m.msgs[session], msgs...)
	return nil
}

func toJSONEvent(ev agent.Event) agentEvent {
	out := agentEvent{Step: ev.Step}
	switch ev.Kind {
	case agent.TextDelta:
		out.Kind, out.Text = "text", ev.Text
	case agent.ToolCallStarted:
		out.Kind, out.Tool, out.CallID, out.Arguments = "tool_call", ev.Call.Name, ev.Call.ID, string(ev.Call.Arguments)
	case agent.ToolResult:
		out.Kind, out.Tool, out.CallID, out.Content, out.Failed = "tool_result", ev.Call.Name, ev.Call.ID, ev.Result.Content, ev.Result.Err != nil
	case agent.CodeResult:
		out.Kind, out.Code, out.Output = "code_result", ev.Code, ev.Output
	case agent.StepFinished:
		u := ev.Usage
		out.Kind, out.Usage = "step_finished", &u
	case agent.FinalAnswer:
		out.Kind, out.Text, out.Steps, out.ToolCalls = "final_answer", ev.Text, ev.Run.Steps, ev.Run.ToolCalls
	}
	return out
}

// clip shortens s to n bytes for the terminal.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + fmt.Sprintf("… (%d more bytes)", len(s)-n)
}
