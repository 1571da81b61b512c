// Naive recursive Fibonacci, timed inside the program with the monotonic clock.
// Prints one machine-readable line: fib(35) = 9227465 in 23456789 ns
package main

import (
	"fmt"
	"time"
)

func fib(n int64) int64 {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	n := int64(35)
	start := time.Now() // carries a monotonic reading; Since uses it
	result := fib(n)
	elapsed := time.Since(start)
	fmt.Printf("fib(%d) = %d in %d ns\n", n, result, elapsed.Nanoseconds())
}
