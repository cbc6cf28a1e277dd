// Command zkpool-node is the operator's tool: create a node's keys and
// config (init), deploy a network (deploy, with an embedded development
// chain if asked), run the embedded chain alone (chain), run a node (run),
// show its state (status), and on a testnet fund an address from a
// development key (fund).
//
// Exit status: 0 on success, 1 when the job fails, 2 on bad usage or input.
package main

import (
	"os"

	"github.com/consensys/gnark/logger"

	"github.com/zkpool/aoraki/cmd/internal/cli"
)

var app = &cli.App{Name: "zkpool-node"}

// The command list is set in init: its Run functions refer to app.
func init() {
	app.Commands = []cli.Command{
		{Name: "init", Summary: "create the node's keys and a commented config in a data dir", Run: runInit},
		{Name: "deploy", Summary: "deploy Aoraki, set up the shipped families, write network.json", Run: runDeploy},
		{Name: "chain", Summary: "run the embedded development chain of a data dir", Run: runChain},
		{Name: "run", Summary: "run a node", Run: runNode},
		{Name: "status", Summary: "show a node's peers, tasks, stake and balance", Run: runStatus},
		{Name: "fund", Summary: "testnets: send ether from a development key to an address", Run: runFund},
	}
}

func main() {
	logger.Disable() // gnark's own progress logs; the commands draw their own
	os.Exit(app.Run(os.Args[1:], os.Stdout, os.Stderr))
}
