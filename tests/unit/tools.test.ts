import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toolsEmbeddedIn } from '../../src/data/tools';

describe('toolsEmbeddedIn', () => {
  it.each([
    ['<Planner />', ['when-to-call']],
    ['Some text.\n\n<CallScripts headingLevel={4} />\n', ['call-scripts']],
    ['<Checklist\n  list="call-day"\n/>', ['checklist']],
    ['<Checklist>', ['checklist']],
    ['<Planner/> and <Checklist />', ['when-to-call', 'checklist']],
    ['Use the planner. <PlannerNote /> <InShort>', []],
    ['import Planner from "../../components/planner/Planner.astro";', []],
    ['', []],
  ])('%j embeds %j', (body, tools) => {
    expect(toolsEmbeddedIn(body)).toEqual(tools);
  });

  it('finds the tools in the guides that embed one, and none in the others', () => {
    const dir = 'src/content/guides';
    const embedded = Object.fromEntries(
      readdirSync(dir)
        .filter((file) => file.endsWith('.mdx'))
        .map((file) => [file, toolsEmbeddedIn(readFileSync(`${dir}/${file}`, 'utf8'))]),
    );
    expect(embedded['how-to-make-the-follow-up-call.mdx']).toEqual(['call-scripts']);
    expect(embedded['follow-up-call-etiquette.mdx']).toEqual(['checklist']);
    expect(embedded['when-to-call-the-planner-rules.mdx']).toEqual(['when-to-call']);
    expect(embedded['call-email-or-wait.mdx']).toEqual([]);
  });
});
