package dev.ffijit.agent.jna.runtime;

import dev.ffijit.agent.Agent;

/** Generated class files go to {@code ffijit.dump} when it is set. */
final class Generated {
    private Generated() {}

    static void dump(String className, byte[] bytes) {
        Agent agent = Agent.current();
        if (agent != null && agent.dump().enabled()) agent.dump().classFile(className, bytes);
    }
}
