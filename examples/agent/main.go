// Command agent is the smallest useful agent: a typed Go tool and the python
// sandbox, offered to a local Qwen2.5 model, with the reply streamed to the
// terminal.
//
//	go run ./examples/agent -model qwen2.5-7b-instruct-q4_k_m.gguf \
//	    "What is the weather in Paris, and what is 17 factorial?"
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/qwenkit/qwenkit/agent"
	"github.com/qwenkit/qwenkit/sdk"
	"github.com/qwenkit/qwenkit/tools"
	"github.com/qwenkit/qwenkit/tools/python"
)

// WeatherArgs are get_weather's arguments: the schema the model sees, and
// what it must send, come from this struct.
type WeatherArgs struct {
	City string `json:"city" jsonschema:"description=City name\\, e.g. Paris"`
	Unit string `json:"unit,omitempty" jsonschema:"enum=celsius,enum=fahrenheit"`
}

// Weather is get_weather's result, marshalled to JSON for the model.
type Weather struct {
	City        string  `json:"city"`
	Temperature float64 `json:"temperature"`
	Unit        string  `json:"unit"`
}

func getWeather(_ context.Context, a WeatherArgs) (Weather, error) {
	t := 18.5 // a real tool would ask a weather service here
	if a.Unit == "fahrenheit" {
		return Weather{a.City, t*9/5 + 32, "fahrenheit"}, nil
	}
	return Weather{a.City, t, "celsius"}, nil
}

func main() {
	model := flag.String("model", "", "a Qwen2.5 instruct model: GGUF file or Hugging Face folder")
	flag.Parse()
	if *model == "" || flag.NArg() == 0 {
		log.Fatal("usage: agent -model FILE TASK...")
	}
	engine, err := sdk.Open(*model)
	if err != nil {
		log.Fatal(err)
	}
	defer engine.Close()

	weather, err := tools.New("get_weather", "Current weather in a city.", getWeather)
	if err != nil {
		log.Fatal(err)
	}
	py, err := python.NewTool(python.Options{})
	if err != nil {
		log.Fatal(err)
	}

	task := strings.Join(flag.Args(), " ")
	for ev, err := range agent.Stream(context.Background(), engine, task, agent.WithTools(weather, py)) {
		if err != nil {
			log.Fatal(err)
		}
		switch ev.Kind {
		case agent.TextDelta:
			fmt.Print(ev.Text)
		case agent.ToolCallStarted:
			fmt.Fprintf(os.Stderr, "\n→ %s %s\n", ev.Call.Name, ev.Call.Arguments)
		case agent.ToolResult:
			fmt.Fprintf(os.Stderr, "← %s\n", ev.Result.Content)
		case agent.FinalAnswer:
			fmt.Printf("\n(%d steps, %d tool calls, %d tokens generated)\n", ev.Run.Steps, ev.Run.ToolCalls, ev.Run.Usage.CompletionTokens)
		}
	}
}
