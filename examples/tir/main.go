// Command tir solves a math word problem with tool-integrated reasoning: the
// model reasons in text and writes ```python blocks; each block runs in
// qwenkit's sandbox, its output is appended to the model's message as an
// ```output block, and the model continues the same message. Qwen2.5-Math-Instruct is trained for this; any
// Qwen2.5 instruct model follows the system prompt.
//
//	go run ./examples/tir --model qwen2.5-math-7b-instruct-q4_k_m.gguf
//
// Without --model it runs on qwenkit's built-in default model, a tiny
// random-weight model: it will not write code, so the run is one step of
// nonsense; --show-sandbox runs the sandbox on a worked solution instead.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/qwenkit/qwenkit/agent"
	"github.com/qwenkit/qwenkit/sdk"
	"github.com/qwenkit/qwenkit/tools/python"
)

// Problem is the default word problem.
const Problem = "A train leaves at 9:40 and arrives at 13:05, covering 287 km. " +
	"What is its average speed in km/h, rounded to two decimals?"

// System is Qwen2.5-Math's tool-integrated reasoning prompt.
const System = "Please integrate natural language reasoning with programs to solve the problem above, " +
	"and put your final answer within \\boxed{}."

// Worked is a solution as the model would write it, for --show-sandbox.
const Worked = "```python\nminutes = (13 * 60 + 5) - (9 * 60 + 40)\nspeed = 287 / (minutes / 60)\nprint(f\"{minutes} minutes, {speed:.2f} km/h\")\n```"

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "tir:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("tir", flag.ContinueOnError)
	fs.SetOutput(stderr)
	model := fs.String("model", "", "a Qwen2.5(-Math) instruct model (GGUF file or Hugging Face folder); default: the built-in tiny model")
	maxTokens := fs.Int("max-tokens", 1024, "maximum tokens per model call")
	showSandbox := fs.Bool("show-sandbox", false, "run the sandbox on a worked solution and print its output block")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *showSandbox {
		code := strings.TrimSuffix(strings.TrimPrefix(Worked, "```python\n"), "```")
		out, err := python.Run(context.Background(), code, python.Options{})
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s\n```output\n%s```\n", Worked, out.Text())
		return nil
	}
	problem := strings.Join(fs.Args(), " ")
	if problem == "" {
		problem = Problem
	}
	engine, err := openEngine(*model)
	if err != nil {
		return err
	}
	defer engine.Close()
	atLineStart := true
	for ev, err := range agent.Stream(context.Background(), engine, problem,
		agent.WithSystem(System), agent.WithTIR(python.Options{}),
		agent.WithMaxSteps(6), agent.WithMaxTokens(*maxTokens)) {
		if errors.Is(err, agent.ErrStepLimit) {
			fmt.Fprintln(stdout, "\n(stopped: step limit)")
			return nil
		}
		if err != nil {
			return err
		}
		switch ev.Kind {
		case agent.TextDelta:
			fmt.Fprint(stdout, ev.Text)
			atLineStart = strings.HasSuffix(ev.Text, "\n")
		case agent.CodeResult:
			// The output block joins the model's message, after the code
			// block's closing fence, and the model goes on after it.
			if !atLineStart {
				fmt.Fprintln(stdout)
			}
			fmt.Fprintf(stdout, "```output\n%s\n```\n", strings.TrimRight(ev.Output, "\n"))
			atLineStart = true
		case agent.FinalAnswer:
			fmt.Fprintf(stdout, "\n(%d steps, %d code blocks run)\n", ev.Run.Steps, ev.Run.CodeRuns)
		}
	}
	return nil
}

// openEngine opens the model at path, or the built-in default model.
func openEngine(path string) (*sdk.Local, error) {
	if path == "" {
		return sdk.OpenDefault()
	}
	return sdk.Open(path)
}
