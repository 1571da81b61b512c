// Parallel fib: 8 goroutines each compute naive recursive fib(32) and send
// the answer on one channel; main adds up the 8 answers. Runs with Go's
// default GOMAXPROCS (every CPU). Timed inside the program with the
// monotonic clock:
//
//	parfib(8x32) = 17426472 in 123456789 ns
package main

import (
	"fmt"
	"time"
)

const strands = 8
const n = 32

func fib(n int64) int64 {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	start := time.Now()
	c := make(chan int64, strands) // holds every answer, as Seq's unbounded channel does
	for i := 0; i < strands; i++ {
		go func() { c <- fib(n) }()
	}
	var sum int64
	for i := 0; i < strands; i++ {
		sum += <-c
	}
	elapsed := time.Since(start)
	fmt.Printf("parfib(%dx%d) = %d in %d ns\n", strands, n, sum, elapsed.Nanoseconds())
}
