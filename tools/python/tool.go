package python

import (
	"context"
	"errors"

	"github.com/qwenkit/qwenkit/tools"
)

// Args are the python tool's arguments.
type Args struct {
	// Code is the program to run (Starlark, a Python dialect).
	Code string `json:"code" jsonschema:"description=The Python code to run. Print what you want to see; the value of a final expression is shown too."`
}

// Result is what the python tool hands back to the model.
type Result struct {
	// Output is what the code printed, then its final expression's value.
	Output string `json:"output"`
	// Error is the failure with its traceback, when the code failed.
	Error string `json:"error,omitempty"`
}

// ToolName is the name the python tool is registered under.
const ToolName = "python"

// ToolDescription tells the model what the python tool runs.
const ToolDescription = "Run Python code in a sandbox and return what it prints. " +
	"The sandbox runs Starlark, a Python dialect: functions, loops, comprehensions, lambdas, f-strings, big integers and " +
	"the math and json modules work; there are no other imports, no classes, no try/except, no files, network or clock."

// NewTool makes the opt-in python tool, which runs the model's code with
// Run under opts. A failing program is not a failed call: the result
// carries what it printed and its error text, so the model can correct its
// code.
func NewTool(opts Options, toolOpts ...tools.Option) (*tools.Tool, error) {
	return tools.New(ToolName, ToolDescription, func(ctx context.Context, a Args) (Result, error) {
		out, err := Run(ctx, a.Code, opts)
		if err != nil {
			var pe *Error
			if !errors.As(err, &pe) {
				return Result{}, err
			}
			return Result{Output: pe.Output.Text(), Error: pe.Error()}, nil
		}
		return Result{Output: out.Text()}, nil
	}, toolOpts...)
}
