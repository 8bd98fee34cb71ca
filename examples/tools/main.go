// Command tools offers two typed Go tools, a weather lookup and a unit
// converter, to a Qwen2.5 model and streams the agent's work: the calls it
// makes, their results, and its answer.
//
//	go run ./examples/tools --model qwen2.5-7b-instruct-q4_k_m.gguf "How warm is it in Paris, in fahrenheit?"
//
// Without --model it runs on qwenkit's built-in default model, a tiny
// random-weight model: its words are nonsense, but every tool call it makes
// is well formed and passes the tool's schema.
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
	"github.com/qwenkit/qwenkit/tools"
)

// WeatherArgs are get_weather's arguments; the schema the model sees is made
// from this struct.
type WeatherArgs struct {
	City string `json:"city" jsonschema:"description=City name\\, e.g. Paris,minLength=1,maxLength=60"`
}

// Weather is get_weather's result.
type Weather struct {
	City        string  `json:"city"`
	TempCelsius float64 `json:"temp_celsius"`
	Sky         string  `json:"sky"`
}

// ConvertArgs are convert_units' arguments.
type ConvertArgs struct {
	Value float64 `json:"value"`
	From  string  `json:"from" jsonschema:"enum=celsius,enum=fahrenheit,enum=kelvin,enum=km,enum=miles"`
	To    string  `json:"to" jsonschema:"enum=celsius,enum=fahrenheit,enum=kelvin,enum=km,enum=miles"`
}

// Converted is convert_units' result.
type Converted struct {
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
}

func getWeather(_ context.Context, a WeatherArgs) (Weather, error) {
	// A real tool would ask a weather service here.
	return Weather{City: a.City, TempCelsius: 18.5, Sky: "partly cloudy"}, nil
}

func convertUnits(_ context.Context, a ConvertArgs) (Converted, error) {
	toCelsius := map[string]func(float64) float64{
		"celsius": func(v float64) float64 { return v }, "fahrenheit": func(v float64) float64 { return (v - 32) * 5 / 9 },
		"kelvin": func(v float64) float64 { return v - 273.15 },
	}
	fromCelsius := map[string]func(float64) float64{
		"celsius": func(v float64) float64 { return v }, "fahrenheit": func(v float64) float64 { return v*9/5 + 32 },
		"kelvin": func(v float64) float64 { return v + 273.15 },
	}
	if in, ok := toCelsius[a.From]; ok {
		if out, ok := fromCelsius[a.To]; ok {
			return Converted{Value: out(in(a.Value)), Unit: a.To}, nil
		}
	}
	km := map[string]float64{"km": 1, "miles": 1.609344}
	if f, ok := km[a.From]; ok {
		if t, ok := km[a.To]; ok {
			return Converted{Value: a.Value * f / t, Unit: a.To}, nil
		}
	}
	return Converted{}, fmt.Errorf("cannot convert %s to %s", a.From, a.To)
}

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "tools:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("tools", flag.ContinueOnError)
	fs.SetOutput(stderr)
	model := fs.String("model", "", "a Qwen2.5 instruct model (GGUF file or Hugging Face folder); default: the built-in tiny model")
	maxTokens := fs.Int("max-tokens", 512, "maximum tokens per model call")
	seed := fs.Uint64("seed", 0, "sampling seed (with temperature)")
	temp := fs.Float64("temperature", 0, "sampling temperature (0: greedy)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	task := strings.Join(fs.Args(), " ")
	if task == "" {
		task = "How warm is it in Paris right now, in fahrenheit?"
	}
	engine, err := openEngine(*model)
	if err != nil {
		return err
	}
	defer engine.Close()

	weather, err := tools.New("get_weather", "Current weather in a city (temperature in celsius).", getWeather)
	if err != nil {
		return err
	}
	convert, err := tools.New("convert_units", "Converts a value between temperature units or between distance units.", convertUnits)
	if err != nil {
		return err
	}
	for ev, err := range agent.Stream(context.Background(), engine, task,
		agent.WithTools(weather, convert),
		agent.WithFirstToolChoice(sdk.ToolChoice{Mode: sdk.ToolRequired}), // look things up before answering
		agent.WithMaxSteps(4), agent.WithMaxTokens(*maxTokens),
		agent.WithSampling(sdk.Sampling{Temperature: *temp, Seed: *seed})) {
		if errors.Is(err, agent.ErrStepLimit) {
			fmt.Fprintln(stdout, "\n(stopped: the model kept calling tools)")
			return nil
		}
		if err != nil {
			return err
		}
		switch ev.Kind {
		case agent.ToolCallStarted:
			fmt.Fprintf(stdout, "→ %s %s\n", ev.Call.Name, ev.Call.Arguments)
		case agent.ToolResult:
			fmt.Fprintf(stdout, "← %s\n", ev.Result.Content)
		case agent.FinalAnswer:
			fmt.Fprintf(stdout, "answer: %s\n", ev.Text)
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
