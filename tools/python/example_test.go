package python_test

import (
	"context"
	"fmt"

	"github.com/qwenkit/qwenkit/tools/python"
)

func ExampleRun() {
	code := `
import math
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(f"fib(90) = {fib(90):,}")
print("sqrt(2) =", round(math.sqrt(2), 6))
2 ** 100
`
	out, err := python.Run(context.Background(), code, python.Options{})
	if err != nil {
		panic(err)
	}
	fmt.Print(out.Text())
	// Output:
	// fib(90) = 2,880,067,194,370,816,120
	// sqrt(2) = 1.414214
	// 1267650600228229401496703205376
}
