// TodoList.test.tsx
// Tests for the <TodoList /> component using Vitest + React Testing Library.
//
// We test the component the way a user interacts with it: typing into the
// input, clicking buttons and checking what is rendered, rather than poking at
// internal state.

import { describe, it, expect, vi, beforeEach } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import "@testing-library/jest-dom/vitest";

import { TodoList } from "../src/components/TodoList";

// Helper that renders the component and returns a user-event instance,
// so every test starts from the same clean setup.
function setup(props: Partial<React.ComponentProps<typeof TodoList>> = {}) {
  const user = userEvent.setup();
  const onChange = vi.fn();
  render(<TodoList initialTodos={[]} onChange={onChange} {...props} />);
  return { user, onChange };
}

describe("<TodoList />", () => {
  beforeEach(() => {
    // Start each test with a clean localStorage in case the component persists.
    localStorage.clear();
  });

  it("shows an empty state when there are no todos", () => {
    setup();
    expect(screen.getByText(/nothing to do/i)).toBeInTheDocument();
  });

  it("adds a todo when the form is submitted", async () => {
    const { user, onChange } = setup();

    // Type into the input and press Enter to submit the form.
    await user.type(screen.getByRole("textbox", { name: /new todo/i }), "Buy milk{Enter}");

    // The new item should appear in the list...
    const list = screen.getByRole("list");
    expect(within(list).getByText("Buy milk")).toBeInTheDocument();

    // ...the input should be cleared for the next entry...
    expect(screen.getByRole("textbox", { name: /new todo/i })).toHaveValue("");

    // ...and the parent should be notified with the updated array.
    expect(onChange).toHaveBeenLastCalledWith([
      expect.objectContaining({ title: "Buy milk", done: false }),
    ]);
  });

  it("ignores blank input", async () => {
    const { user, onChange } = setup();

    await user.type(screen.getByRole("textbox", { name: /new todo/i }), "   {Enter}");

    expect(screen.queryByRole("listitem")).not.toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
  });

  it("toggles a todo as done", async () => {
    const { user } = setup({
      initialTodos: [{ id: "1", title: "Write tests", done: false }],
    });

    // Checkboxes are labelled by the todo title, which makes them easy to find.
    const checkbox = screen.getByRole("checkbox", { name: "Write tests" });
    await user.click(checkbox);

    expect(checkbox).toBeChecked();
    expect(screen.getByText(/0 items left/i)).toBeInTheDocument();
  });

  it("removes a todo", async () => {
    const { user } = setup({
      initialTodos: [
        { id: "1", title: "Keep me", done: false },
        { id: "2", title: "Delete me", done: false },
      ],
    });

    await user.click(screen.getByRole("button", { name: /delete "delete me"/i }));

    expect(screen.queryByText("Delete me")).not.toBeInTheDocument();
    expect(screen.getByText("Keep me")).toBeInTheDocument();
  });

  it("filters by active and completed", async () => {
    const { user } = setup({
      initialTodos: [
        { id: "1", title: "Active task", done: false },
        { id: "2", title: "Finished task", done: true },
      ],
    });

    // Switch to the "Completed" filter: only finished tasks are shown.
    await user.click(screen.getByRole("button", { name: "Completed" }));
    expect(screen.getAllByRole("listitem")).toHaveLength(1);
    expect(screen.getByText("Finished task")).toBeInTheDocument();

    // Switch to "Active": only unfinished tasks are shown.
    await user.click(screen.getByRole("button", { name: "Active" }));
    expect(screen.getAllByRole("listitem")).toHaveLength(1);
    expect(screen.getByText("Active task")).toBeInTheDocument();
  });

  it("clears completed todos", async () => {
    const { user, onChange } = setup({
      initialTodos: [
        { id: "1", title: "A", done: true },
        { id: "2", title: "B", done: false },
      ],
    });

    await user.click(screen.getByRole("button", { name: /clear completed/i }));

    expect(screen.getAllByRole("listitem")).toHaveLength(1);
    expect(onChange).toHaveBeenLastCalledWith([expect.objectContaining({ id: "2" })]);
  });
});

// Run the tests with:
//   npx vitest run src/components/TodoList.test.tsx
// (make sure `environment: "jsdom"` is set in vitest.config.ts)
